import { normalizeText } from '../anchoring/index.ts';
import { SourceMetaSchema, type Comparison, type Source } from '../model/schema.ts';
import { parseWith, validateComparison, type Problem } from '../model/validate.ts';

export { formatProblem, type Problem } from '../model/validate.ts';

/** A data file as read from disk or by Vite: its path under the data folder and its text. */
export type RawFile = { path: string; content: string };

/** A comparison together with the data file it came from, for messages. */
export type ComparisonEntry = { file: string; comparison: Comparison };

export type Catalog = {
	sources: Map<string, Source>;
	comparisons: ComparisonEntry[];
};

/**
 * Reads and checks every source and comparison; never throws on bad data, it reports it. The
 * checks are the model's own `validate`; this adds what only files have: names, JSON syntax,
 * ids unique across files, and a comparison's source existing.
 */
export function loadCatalog(
	files: RawFile[],
	root = 'data'
): { catalog: Catalog; problems: Problem[] } {
	const problems: Problem[] = [];
	const byPath = new Map(files.map((f) => [f.path, f.content]));
	const sources = new Map<string, Source>();
	const sourceFiles = new Map<string, string>();

	for (const file of files.filter((f) => /^sources\/[^/]+\.json$/.test(f.path))) {
		const where = `${root}/${file.path}`;
		const json = parseJson(file.content, where, problems);
		if (json === undefined) continue;
		const { output: meta, problems: found } = parseWith(SourceMetaSchema, json);
		problems.push(...found.map((p) => ({ ...p, file: where })));
		if (!meta) continue;
		if (sources.has(meta.id)) {
			problems.push({
				file: where,
				field: 'id',
				message: `source id "${meta.id}" is also used by ${sourceFiles.get(meta.id)}`
			});
			continue;
		}
		const text = byPath.get(`sources/${meta.textFile}`);
		if (text === undefined) {
			problems.push({
				file: where,
				field: 'textFile',
				message: `no text file ${root}/sources/${meta.textFile}`
			});
			continue;
		}
		sources.set(meta.id, { ...meta, text: normalizeText(text) });
		sourceFiles.set(meta.id, where);
	}

	const comparisons: ComparisonEntry[] = [];
	const comparisonFiles = new Map<string, string>();
	for (const file of files.filter((f) => /^comparisons\/[^/]+\.json$/.test(f.path))) {
		const where = `${root}/${file.path}`;
		const json = parseJson(file.content, where, problems);
		if (json === undefined) continue;
		const named = (json as { source?: unknown }).source;
		const source = typeof named === 'string' ? sources.get(named) : undefined;
		const { comparison, problems: found } = validateComparison(json, source);
		const before = problems.length;
		if (comparison && !source) {
			problems.push({
				file: where,
				field: 'source',
				message: `no source "${comparison.source}" in ${root}/sources (known: ${[...sources.keys()].join(', ') || 'none'})`
			});
		}
		if (comparison && comparisonFiles.has(comparison.id)) {
			problems.push({
				file: where,
				field: 'id',
				message: `comparison id "${comparison.id}" is also used by ${comparisonFiles.get(comparison.id)}`
			});
		}
		problems.push(...found.map((p) => ({ ...p, file: where })));
		if (comparison && problems.length === before) {
			comparisons.push({ file: where, comparison });
			comparisonFiles.set(comparison.id, where);
		}
	}
	comparisons.sort((a, b) => a.file.localeCompare(b.file));
	return { catalog: { sources, comparisons }, problems };
}

function parseJson(content: string, file: string, problems: Problem[]): unknown {
	try {
		return JSON.parse(content);
	} catch (error) {
		problems.push({
			file,
			field: '(file)',
			message: `not valid JSON: ${(error as Error).message}`
		});
		return undefined;
	}
}

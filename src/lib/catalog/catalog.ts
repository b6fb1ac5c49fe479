import { normalizeText } from '../anchoring/index.ts';
import { SourceMetaSchema, type Comparison, type Source } from '../model/schema.ts';
import { parseWith, validateComparison, type Problem } from '../model/validate.ts';
import { decodeText, parseJsonText } from './decode.ts';
import { sortFiles } from './folders.ts';

export { formatProblem, type Problem } from '../model/validate.ts';

/**
 * An entry of the data folder, path relative to it: a file with its content (bytes as read from
 * disk, or text as Vite or a test gives it), a folder, or a file that could not be read.
 */
export type RawFile =
	| { path: string; content: string | Uint8Array }
	| { path: string; directory: true }
	| { path: string; unreadable: string };

/** A comparison together with the data file it came from, for messages. */
export type ComparisonEntry = { file: string; comparison: Comparison };

export type Catalog = {
	sources: Map<string, Source>;
	comparisons: ComparisonEntry[];
};

/**
 * Reads and checks every source and comparison; never throws on bad data, it reports it. The
 * checks are the model's own `validate`; this adds what only files have: names, encodings, JSON
 * syntax, ids unique across files, and a comparison's source existing. `problems` stop a build;
 * `warnings` name files the build leaves unread, so nothing is dropped without a word.
 */
export function loadCatalog(
	files: RawFile[],
	root = 'data'
): { catalog: Catalog; problems: Problem[]; warnings: Problem[] } {
	const { metas, texts, comparisons: comparisonFiles, problems, warnings } = sortFiles(files, root);
	const { sources, unloaded } = loadSources(metas, texts, root, problems, warnings);

	const comparisons: ComparisonEntry[] = [];
	const ids = new Map<string, string>();
	for (const file of comparisonFiles) {
		const where = `${root}/${file.path}`;
		const json = readJson(file.content, where, problems);
		if (json === undefined) continue;
		const named = json.source;
		const source = typeof named === 'string' ? sources.get(named) : undefined;
		const { comparison, problems: found } = validateComparison(json, source);
		const before = problems.length;
		if (comparison && !source) {
			const broken = unloaded.get(comparison.source);
			problems.push({
				file: where,
				field: 'source',
				message: broken
					? `source "${comparison.source}" was not loaded: fix the problems with ${broken} first`
					: `no source "${comparison.source}" in ${root}/sources (known: ${[...sources.keys()].join(', ') || 'none'})`
			});
		}
		if (comparison && ids.has(comparison.id)) {
			problems.push({
				file: where,
				field: 'id',
				message: `comparison id "${comparison.id}" is also used by ${ids.get(comparison.id)}`
			});
		}
		problems.push(...found.map((p) => ({ ...p, file: where })));
		if (comparison && problems.length === before) {
			comparisons.push({ file: where, comparison });
			ids.set(comparison.id, where);
		}
	}
	comparisons.sort((a, b) => a.file.localeCompare(b.file));
	return { catalog: { sources, comparisons }, problems, warnings };
}

/**
 * Each source's metadata with its text, decoded and normalised. `unloaded` maps the id of a
 * source that has problems to its file, so a comparison citing it points there.
 */
function loadSources(
	metas: { path: string; content: string | Uint8Array }[],
	texts: Map<string, string | Uint8Array>,
	root: string,
	problems: Problem[],
	warnings: Problem[]
) {
	const sources = new Map<string, Source>();
	const unloaded = new Map<string, string>();
	const sourceFiles = new Map<string, string>();
	const textsRead = new Set<string>();
	const load = (where: string, json: Record<string, unknown>): Source | undefined => {
		const { output: meta, problems: found } = parseWith(SourceMetaSchema, json);
		problems.push(...found.map((p) => ({ ...p, file: where })));
		if (!meta) return undefined;
		if (sources.has(meta.id)) {
			problems.push({
				file: where,
				field: 'id',
				message: `source id "${meta.id}" is also used by ${sourceFiles.get(meta.id)}`
			});
			return undefined;
		}
		const textPath = `sources/${meta.textFile}`;
		textsRead.add(textPath);
		const text = texts.get(textPath);
		if (text === undefined) {
			const near = [...texts.keys()].find((p) => p.toLowerCase() === textPath.toLowerCase());
			problems.push({
				file: where,
				field: 'textFile',
				message: near
					? `no text file ${root}/${textPath}, but there is ${root}/${near}: file names are case-sensitive, rename it`
					: `no text file ${root}/${textPath}`
			});
			return undefined;
		}
		const decoded = decodeText(text);
		if ('error' in decoded) {
			problems.push({ file: `${root}/${textPath}`, field: '(file)', message: decoded.error });
			return undefined;
		}
		return { ...meta, text: normalizeText(decoded.text) };
	};

	for (const file of metas) {
		const where = `${root}/${file.path}`;
		const json = readJson(file.content, where, problems);
		const source = json && load(where, json);
		if (source) {
			sources.set(source.id, source);
			sourceFiles.set(source.id, where);
		} else if (typeof json?.id === 'string' && !sources.has(json.id)) {
			// The file the source's last problem names: its metadata or its text.
			unloaded.set(json.id, problems.at(-1)?.file ?? where);
		}
	}
	for (const path of texts.keys()) {
		if (textsRead.has(path)) continue;
		warnings.push({
			file: `${root}/${path}`,
			field: '(file)',
			message: 'not read: no source in sources/*.json names it as its textFile'
		});
	}
	return { sources, unloaded };
}

function isObject(json: unknown): json is Record<string, unknown> {
	return typeof json === 'object' && json !== null && !Array.isArray(json);
}

/** A data file's JSON object, or undefined with the problem recorded. */
function readJson(
	content: string | Uint8Array,
	file: string,
	problems: Problem[]
): Record<string, unknown> | undefined {
	const decoded = decodeText(content);
	const parsed = 'error' in decoded ? decoded : parseJsonText(decoded.text);
	if ('error' in parsed) {
		problems.push({ file, field: '(file)', message: parsed.error });
		return undefined;
	}
	if (!isObject(parsed.json)) {
		const found = Array.isArray(parsed.json) ? 'an array' : JSON.stringify(parsed.json);
		problems.push({
			file,
			field: '(root)',
			message: `must be one JSON object, { … }, not ${found}`
		});
		return undefined;
	}
	return parsed.json;
}

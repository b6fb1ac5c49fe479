import * as v from 'valibot';
import { normalizeText, resolveAnchor, type Resolution } from '../anchoring/index.ts';
import {
	ComparisonSchema,
	SourceMetaSchema,
	type Anchor,
	type Comparison,
	type SourceMeta
} from './schema.ts';

/** A data file as read from disk or by Vite: its path under the data folder and its text. */
export type RawFile = { path: string; content: string };

/** A source with its text in the canonical (NFC, LF) form anchors are made over. */
export type Source = SourceMeta & { text: string };

/** A comparison together with the data file it came from, for messages. */
export type ComparisonEntry = { file: string; comparison: Comparison };

export type Catalog = {
	sources: Map<string, Source>;
	comparisons: ComparisonEntry[];
};

/** One thing wrong with the data, located precisely enough to fix without searching. */
export type Problem = {
	file: string;
	/** The claim, event or prompt id the problem is in, when there is one. */
	item?: string;
	field: string;
	message: string;
};

/** One line: file, item, field, what is wrong. */
export function formatProblem(problem: Problem): string {
	const item = problem.item ? ` ${problem.item}` : '';
	return `${problem.file}${item} › ${problem.field}: ${problem.message}`;
}

/** Reads and checks every source and comparison; never throws on bad data, it reports it. */
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
		const meta = parseJson(file.content, where, SourceMetaSchema, problems);
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
		const comparison = parseJson(file.content, where, ComparisonSchema, problems);
		if (!comparison) continue;
		const before = problems.length;
		if (comparisonFiles.has(comparison.id)) {
			problems.push({
				file: where,
				field: 'id',
				message: `comparison id "${comparison.id}" is also used by ${comparisonFiles.get(comparison.id)}`
			});
		}
		checkComparison(comparison, where, sources, problems);
		if (problems.length === before) {
			comparisons.push({ file: where, comparison });
			comparisonFiles.set(comparison.id, where);
		}
	}
	comparisons.sort((a, b) => a.file.localeCompare(b.file));
	return { catalog: { sources, comparisons }, problems };
}

function parseJson<T extends v.GenericSchema>(
	content: string,
	file: string,
	schema: T,
	problems: Problem[]
): v.InferOutput<T> | undefined {
	let json: unknown;
	try {
		json = JSON.parse(content);
	} catch (error) {
		problems.push({
			file,
			field: '(file)',
			message: `not valid JSON: ${(error as Error).message}`
		});
		return undefined;
	}
	const result = v.safeParse(schema, json);
	if (result.success) return result.output;
	for (const issue of result.issues) {
		const path = issue.path ?? [];
		problems.push({
			file,
			item: itemAt(
				json,
				path.map((p) => p.key as string | number)
			),
			field: fieldName(path.map((p) => p.key as string | number)) || '(root)',
			message: issue.message
		});
	}
	return undefined;
}

/** Names the claim, event or prompt a schema issue sits in, from the raw JSON. */
function itemAt(json: unknown, path: (string | number)[]): string | undefined {
	const [list, index] = path;
	if (typeof list !== 'string' || typeof index !== 'number') return undefined;
	const entry = (json as Record<string, unknown[]>)[list]?.[index] as { id?: unknown } | undefined;
	const kind = itemKind[list];
	if (!kind) return undefined;
	return typeof entry?.id === 'string' ? `${kind} "${entry.id}"` : `${kind} #${index + 1}`;
}

const itemKind: Record<string, string> = {
	claims: 'claim',
	timeline: 'event',
	prompts: 'prompt',
	sides: 'side',
	dimensions: 'dimension'
};

function fieldName(path: (string | number)[]): string {
	return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

function checkComparison(
	comparison: Comparison,
	file: string,
	sources: Map<string, Source>,
	problems: Problem[]
): void {
	const source = sources.get(comparison.source);
	if (!source) {
		problems.push({
			file,
			field: 'source',
			message: `no source "${comparison.source}" in data/sources (known: ${[...sources.keys()].join(', ') || 'none'})`
		});
	}
	const sideIds = new Set(comparison.sides.map((s) => s.id));
	const dimensionIds = new Set(comparison.dimensions.map((d) => d.id));

	for (const [list, entries] of [
		['sides', comparison.sides],
		['dimensions', comparison.dimensions],
		['claims', comparison.claims],
		['timeline', comparison.timeline ?? []],
		['prompts', comparison.prompts]
	] as const) {
		const seen = new Set<string>();
		entries.forEach((entry, i) => {
			if (seen.has(entry.id)) {
				problems.push({
					file,
					item: `${itemKind[list]} "${entry.id}"`,
					field: `${list}[${i}].id`,
					message: `duplicate id "${entry.id}"`
				});
			}
			seen.add(entry.id);
		});
	}

	const known = (ids: Set<string>, id: string) => ids.has(id);
	comparison.claims.forEach((claim, i) => {
		const item = `claim "${claim.id}"`;
		const sidesNamed = claim.voice === 'side' ? [claim.side] : (claim.about ?? []);
		const sideField = claim.voice === 'side' ? 'side' : 'about';
		for (const side of sidesNamed) {
			if (!known(sideIds, side)) {
				problems.push({
					file,
					item,
					field: `claims[${i}].${sideField}`,
					message: `unknown side "${side}" (sides: ${[...sideIds].join(', ')})`
				});
			}
		}
		if (claim.dimension !== undefined && !known(dimensionIds, claim.dimension)) {
			problems.push({
				file,
				item,
				field: `claims[${i}].dimension`,
				message: `unknown dimension "${claim.dimension}" (dimensions: ${[...dimensionIds].join(', ')})`
			});
		}
		if (source) checkAnchors(claim.anchors, source, file, item, `claims[${i}]`, problems);
	});
	(comparison.timeline ?? []).forEach((event, i) => {
		if (source) {
			checkAnchors(event.anchors, source, file, `event "${event.id}"`, `timeline[${i}]`, problems);
		}
	});
	comparison.prompts.forEach((prompt, i) => {
		if (prompt.dimension !== undefined && !known(dimensionIds, prompt.dimension)) {
			problems.push({
				file,
				item: `prompt "${prompt.id}"`,
				field: `prompts[${i}].dimension`,
				message: `unknown dimension "${prompt.dimension}"`
			});
		}
	});

	const sidesWithClaims = new Set(
		comparison.claims.flatMap((c) => (c.voice === 'side' ? [c.side] : []))
	);
	comparison.sides.forEach((side, i) => {
		if (!sidesWithClaims.has(side.id)) {
			problems.push({
				file,
				item: `side "${side.id}"`,
				field: `sides[${i}]`,
				message: 'this side has no claims'
			});
		}
	});
}

function checkAnchors(
	anchors: Anchor[],
	source: Source,
	file: string,
	item: string,
	at: string,
	problems: Problem[]
): void {
	anchors.forEach((anchor, j) => {
		const resolution = resolveAnchor(source.text, anchor);
		if (resolution.status === 'exact') return;
		problems.push({
			file,
			item,
			field: `${at}.anchors[${j}].quote.exact`,
			message: describeMiss(anchor, resolution, source.text)
		});
	});
}

/** Says what was found instead of an exact match, so the author can fix the anchor. */
export function describeMiss(anchor: Anchor, resolution: Resolution, text: string): string {
	const quote = `"${clip(anchor.quote.exact)}"`;
	const at = `${anchor.position.start}–${anchor.position.end}`;
	switch (resolution.status) {
		case 'exact':
			return `${quote} resolves exactly at ${at}`;
		case 'moved':
			return `${quote} is not at ${at} but at ${resolution.start}–${resolution.end}; update the position`;
		case 'fuzzy':
			return `${quote} not found; closest match "${clip(text.slice(resolution.start, resolution.end))}" at ${resolution.start}–${resolution.end} (score ${resolution.score.toFixed(2)})`;
		case 'ambiguous':
			return `${quote} occurs ${resolution.candidates.length} times (at ${resolution.candidates.map((c) => c.start).join(', ')}) and prefix/suffix do not tell them apart`;
		case 'orphaned':
			return resolution.closest
				? `${quote} not found; closest match "${clip(resolution.closest.text)}" at ${resolution.closest.start}–${resolution.closest.end} (score ${resolution.closest.score.toFixed(2)})`
				: `${quote} not found anywhere in the source`;
	}
}

function clip(text: string, max = 80): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

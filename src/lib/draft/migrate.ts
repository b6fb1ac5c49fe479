/**
 * Opening a stored draft: a draft written by an older version of the site is brought up to the
 * current format step by step; one from a newer version, or one that is not a draft at all, is
 * refused with a reason instead of being shown (or saved over) half understood.
 */
import { DRAFT_FORMAT, type Draft } from './draft.ts';

type Fields = Record<string, unknown>;

/** Turns a draft of format `n` (its key) into one of format `n + 1`. */
export type Migration = (draft: Fields) => Fields;

/** The steps from each older format to the next. Format 1 is the first, so there are none yet. */
export const migrations: Readonly<Record<number, Migration>> = {};

export type Opened = { draft: Draft } | { problem: string };

/** A stored record as a current draft, or why it cannot be opened. */
export function openDraft(
	record: unknown,
	steps: Readonly<Record<number, Migration>> = migrations,
	current = DRAFT_FORMAT
): Opened {
	if (!isObject(record) || typeof record.formatVersion !== 'number') {
		return { problem: 'it is not a saved comparison (it has no format version)' };
	}
	let draft: Fields = record;
	const from = record.formatVersion;
	if (from > current) {
		return {
			problem: `it was saved by a newer version of Standpoint (format ${from}); reload the page to get it`
		};
	}
	for (let version = from; version < current; version++) {
		const step = steps[version];
		if (!step) return { problem: `no way is known to update format ${version} to ${version + 1}` };
		draft = { ...step(draft), formatVersion: version + 1 };
	}
	const missing = shapeProblem(draft);
	return missing ? { problem: missing } : { draft: draft as Draft };
}

/**
 * What keeps a record from being opened as a draft at all, or undefined. Only the shape that
 * building a model relies on is checked here; what is wrong inside it is for `draftProblems`.
 */
export function shapeProblem(record: Fields): string | undefined {
	const { source, comparison } = record;
	if (typeof record.id !== 'string') return 'it has no id';
	if (typeof record.revision !== 'number') return 'it has no revision';
	if (!isObject(source) || !isObject(source.meta) || typeof source.text !== 'string') {
		return 'its source (metadata and text) is missing';
	}
	return comparisonProblem(comparison);
}

/** What keeps a value from being read as a comparison, or undefined. */
export function comparisonProblem(comparison: unknown): string | undefined {
	if (!isObject(comparison)) return 'it has no comparison';
	for (const list of ['sides', 'dimensions', 'claims', 'prompts']) {
		if (!Array.isArray(comparison[list])) return `its comparison has no list of ${list}`;
	}
	const claims = comparison.claims as unknown[];
	if (!claims.every((c) => isObject(c) && Array.isArray(c.anchors))) {
		return 'a claim of its comparison has no list of anchors';
	}
	return undefined;
}

function isObject(value: unknown): value is Fields {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

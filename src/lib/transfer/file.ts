/**
 * Writing and reading the comparison file. Pure (no files, no DOM): the browser, the import
 * command and the tests all read a file through `readFile`, so a bad file gets the same message
 * everywhere, and the comparison's own checks are the model's `validate`, as in the build.
 */
import * as v from 'valibot';
import { normalizeText, resolveAnchor, type AnchorStatus } from '../anchoring/index.ts';
import type { Comparison, Source } from '../model/schema.ts';
import { parseWith, validateComparison, type Problem } from '../model/validate.ts';
import { orderKeys } from './order.ts';
import {
	FileSourceSchema,
	FORMAT_VERSION,
	MAX_FILE_BYTES,
	type FileSource,
	type StandpointFile
} from './schema.ts';

/** How many anchors resolved with each status when the file was read. */
export type AnchorTally = Record<AnchorStatus, number>;

/** An id the file's comparison shares with one already here: replace it, or keep both under `freshId`. */
export type Conflict = { id: string; freshId: string; file: StandpointFile };

export type ReadResult =
	| { ok: true; file: StandpointFile; source: Source; anchors: AnchorTally }
	| { ok: false; problems: Problem[]; conflict?: Conflict };

/** The file name a comparison is saved under. */
export function fileName(id: string): string {
	return `${id}.standpoint.json`;
}

/** SHA-256 of a text as UTF-8, in lower-case hex; the same in Node 20 and the browser. */
export async function sha256(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The comparison file of a comparison and its source: formatted JSON, keys in a fixed order. */
export async function toFile(comparison: Comparison, source: Source): Promise<string> {
	const { $schema: _comparisonSchema, ...rest } = comparison;
	const { $schema: _sourceSchema, textFile: _textFile, text, ...meta } = source;
	const file = {
		formatVersion: FORMAT_VERSION,
		source: { ...meta, text, sha256: await sha256(text) },
		comparison: rest
	};
	return JSON.stringify(orderKeys(file), null, '\t') + '\n';
}

/** A problem with the size of a file of `bytes` bytes, before it is read; undefined when it fits. */
export function checkSize(bytes: number, name: string): Problem | undefined {
	if (bytes <= MAX_FILE_BYTES) return undefined;
	const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
	return {
		file: name,
		field: '(file)',
		message: `is ${mb(bytes)}; a comparison file can be at most ${mb(MAX_FILE_BYTES)}`
	};
}

/**
 * Reads a comparison file: size, JSON, format version, the schema, NUL bytes, the text's
 * SHA-256, every anchor against the text, and (given the ids already here) an id in use.
 * Never throws; every problem names the file and the field.
 */
export async function readFile(
	text: string,
	name: string,
	options: { ids?: Iterable<string> } = {}
): Promise<ReadResult> {
	const fail = (...problems: Omit<Problem, 'file'>[]): ReadResult => ({
		ok: false,
		problems: problems.map((p) => ({ ...p, file: name }))
	});

	// UTF-8 takes at least one byte per UTF-16 unit and at most three, so most texts skip encoding.
	const bytes =
		text.length * 3 <= MAX_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
	const tooBig = checkSize(bytes, name);
	if (tooBig) return { ok: false, problems: [tooBig] };

	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return fail({ field: '(file)', message: `not valid JSON: ${(error as Error).message}` });
	}
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		return fail({
			field: '(file)',
			message:
				'is not a Standpoint comparison file (expected an object with formatVersion, source and comparison)'
		});
	}
	const version = (json as { formatVersion?: unknown }).formatVersion;
	if (version !== FORMAT_VERSION) return fail(versionProblem(version));

	const envelope = parseWith(v.object({ source: FileSourceSchema, comparison: v.unknown() }), json);
	const problems: Omit<Problem, 'file'>[] = [...envelope.problems];
	const unknownKeys = Object.keys(json).filter(
		(k) => !['$schema', 'formatVersion', 'source', 'comparison'].includes(k)
	);
	for (const key of unknownKeys)
		problems.push({ field: key, message: 'is not a field of the file' });
	const fileSource = envelope.output?.source;
	if (!fileSource) {
		const { problems: more } = validateComparison((json as { comparison?: unknown }).comparison);
		return fail(...problems, ...more.map(inComparison));
	}

	const nul = fileSource.text.indexOf('\0');
	if (nul >= 0) {
		problems.push({
			field: 'source.text',
			message: `contains a NUL byte at character ${nul}; this looks like a binary file, not a text`
		});
	}
	const actual = await sha256(fileSource.text);
	if (actual !== fileSource.sha256) {
		problems.push({
			field: 'source.sha256',
			message: `the text does not match its SHA-256 (the file says ${fileSource.sha256.slice(0, 12)}…, the text gives ${actual.slice(0, 12)}…): it was changed after the file was made`
		});
	}
	const source = toSource(fileSource);
	const checked = validateComparison((json as { comparison: unknown }).comparison, source);
	problems.push(...checked.problems.map(inComparison));
	const comparison = checked.comparison;
	if (comparison && comparison.source !== source.id) {
		problems.push({
			field: 'comparison.source',
			message: `names the source "${comparison.source}", but the file's source is "${source.id}"`
		});
	}
	if (problems.length > 0 || !comparison) return fail(...problems);

	const file: StandpointFile = { formatVersion: FORMAT_VERSION, source: fileSource, comparison };
	const ids = new Set(options.ids ?? []);
	if (ids.has(comparison.id)) {
		const freshId = freshIdFor(comparison.id, ids);
		return {
			ok: false,
			problems: [
				{
					file: name,
					field: 'comparison.id',
					message: `a comparison "${comparison.id}" already exists here: replace it, or keep both (the copy gets the id "${freshId}")`
				}
			],
			conflict: { id: comparison.id, freshId, file }
		};
	}
	return { ok: true, file, source, anchors: tallyAnchors(comparison, source) };
}

/** The file with its comparison under a new id, for "keep both". */
export function withId(file: StandpointFile, id: string): StandpointFile {
	return { ...file, comparison: { ...file.comparison, id } };
}

/** The source of a file as the model takes it, its text in canonical form. */
export function toSource(fileSource: FileSource): Source {
	const { text, sha256: _sha, ...meta } = fileSource;
	return { ...meta, textFile: `${meta.id}.txt`, text: normalizeText(text) } as Source;
}

function versionProblem(version: unknown): Omit<Problem, 'file'> {
	const field = 'formatVersion';
	if (version === undefined) {
		return { field, message: 'is missing: this is not a Standpoint comparison file' };
	}
	if (typeof version === 'number' && version > FORMAT_VERSION) {
		return {
			field,
			message: `is ${version}: the file was made by a newer Standpoint (this one reads format ${FORMAT_VERSION}); update the site, or ask for a file in format ${FORMAT_VERSION}`
		};
	}
	return { field, message: `must be ${FORMAT_VERSION}, found ${JSON.stringify(version)}` };
}

function inComparison(problem: Problem): Omit<Problem, 'file'> {
	return { ...problem, field: `comparison.${problem.field}` };
}

function freshIdFor(id: string, taken: Set<string>): string {
	const base = id.replace(/-\d+$/, '');
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function tallyAnchors(comparison: Comparison, source: Source): AnchorTally {
	const tally: AnchorTally = { exact: 0, moved: 0, fuzzy: 0, ambiguous: 0, orphaned: 0 };
	const anchors = [
		...comparison.claims.flatMap((c) => c.anchors),
		...(comparison.timeline ?? []).flatMap((e) => e.anchors)
	];
	for (const anchor of anchors) tally[resolveAnchor(source.text, anchor).status]++;
	return tally;
}

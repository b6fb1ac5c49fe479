import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../catalog/catalog';
import { readDataFiles } from '../catalog/files';
import { formatProblem } from '../model/validate';
import { checkSize, readFile, sha256, toFile, withId } from './file';
import { MAX_FILE_BYTES } from './schema';

const { catalog } = loadCatalog(readDataFiles('data'));
const entries = catalog.comparisons.map(({ comparison }) => {
	const source = catalog.sources.get(comparison.source)!;
	return [comparison.id, comparison, source] as const;
});
const [, firstComparison, firstSource] = entries[0]!;
const validText = await toFile(firstComparison, firstSource);

const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
const schemaValid = ajv.compile(
	JSON.parse(readFileSync('data/schema/standpoint-file.schema.json', 'utf8'))
);

/** Parsed JSON that the malformed cases break on purpose, in ways no type would allow. */
type RawJson = ReturnType<typeof JSON.parse>;

/** A copy of the valid file with `change` applied to its parsed JSON. */
function edited(change: (file: RawJson) => void): string {
	const file = JSON.parse(validText);
	change(file);
	return JSON.stringify(file, null, '\t');
}

async function resealed(change: (file: RawJson) => void): Promise<string> {
	const file = JSON.parse(edited(change));
	file.source.sha256 = await sha256(file.source.text);
	return JSON.stringify(file);
}

describe.each(entries)('%s', (_id, comparison, source) => {
	test('writes a file that reads back to the same comparison and text', async () => {
		const text = await toFile(comparison, source);
		const read = await readFile(text, 'c.standpoint.json');
		expect(read.ok ? [] : read.problems.map(formatProblem)).toEqual([]);
		if (!read.ok) return;
		const { $schema: _, ...withoutSchema } = comparison;
		expect(read.file.comparison).toEqual(withoutSchema);
		expect(read.source.text).toBe(source.text);
		expect(read.anchors.exact).toBeGreaterThan(0);
		expect(read.anchors.orphaned + read.anchors.ambiguous + read.anchors.fuzzy).toBe(0);
		expect(schemaValid(JSON.parse(text)), JSON.stringify(schemaValid.errors)).toBe(true);
	});

	test('writes the same bytes whatever order the keys came in', async () => {
		const reversed = JSON.parse(JSON.stringify(comparison), (_k, value) =>
			value && typeof value === 'object' && !Array.isArray(value)
				? Object.fromEntries(Object.entries(value).reverse())
				: value
		);
		expect(await toFile(reversed, source)).toBe(await toFile(comparison, source));
	});
});

test('the file leads with its version, then the source and its seal, then the comparison', () => {
	const file = JSON.parse(validText);
	expect(Object.keys(file)).toEqual(['formatVersion', 'source', 'comparison']);
	expect(Object.keys(file.source).slice(-2)).toEqual(['text', 'sha256']);
	expect(validText).toMatch(/^\{\n\t"formatVersion": 1,/);
});

/** Ten malformed files: the message each must give, and whether the JSON Schema also rejects it. */
const malformed: [string, () => Promise<string> | string, RegExp, boolean | undefined][] = [
	['not JSON', () => validText.slice(0, 200), /› \(file\): not valid JSON/, undefined],
	['not an object', () => '[1, 2]', /\(file\): is not a Standpoint comparison file/, false],
	[
		'no formatVersion',
		() => edited((f) => delete f.formatVersion),
		/formatVersion: is missing/,
		false
	],
	[
		'a newer formatVersion',
		() => edited((f) => (f.formatVersion = 2)),
		/formatVersion: is 2: the file was made by a newer Standpoint/,
		false
	],
	[
		'a claim with an empty paraphrase',
		() => edited((f) => (f.comparison.claims[0].text = '')),
		/claim "[^"]+" › comparison\.claims\[0\]\.text: must not be empty/,
		false
	],
	[
		'a source without its publication',
		() => edited((f) => delete f.source.publication),
		/› source\.publication: is required but missing/,
		false
	],
	[
		'a text that does not match its SHA-256',
		() => edited((f) => (f.source.text = f.source.text.replace(/\w+/, 'Changed'))),
		/source\.sha256: the text does not match its SHA-256/,
		true
	],
	[
		'an anchor that no longer resolves',
		() =>
			resealed((f) => {
				const exact: string = f.comparison.claims[0].anchors[0].quote.exact;
				f.source.text = f.source.text.split(exact).join('');
			}),
		/claim "[^"]+" › comparison\.claims\[0\]\.anchors\[0\]\.quote\.exact: "[^"]+" not found/,
		true
	],
	[
		'a text with a NUL byte',
		() => resealed((f) => (f.source.text = `\0${f.source.text}`)),
		/source\.text: contains a NUL byte at character 0/,
		true
	],
	[
		'a file over 50 MB',
		() => validText + ' '.repeat(MAX_FILE_BYTES),
		/\(file\): is 50\.0 MB; a comparison file can be at most 50\.0 MB/,
		undefined
	],
	[
		'a comparison naming another source',
		() => edited((f) => (f.comparison.source = 'another-source')),
		/comparison\.source: names the source "another-source", but the file's source is/,
		true
	]
];

test.each(malformed)(
	'%s: says so, naming the file and the field',
	async (_what, make, message, schemaAgrees) => {
		const text = await make();
		const read = await readFile(text, 'bad.standpoint.json');
		expect(read.ok).toBe(false);
		if (read.ok) return;
		const lines = read.problems.map(formatProblem);
		expect(lines.every((line) => line.startsWith('bad.standpoint.json'))).toBe(true);
		expect(lines.join('\n')).toMatch(message);
		// The published schema rejects what the schema checks reject; the text's seal, its NUL bytes
		// and the anchors are checks JSON Schema cannot express, so there it accepts the file.
		if (schemaAgrees !== undefined) expect(schemaValid(JSON.parse(text))).toBe(schemaAgrees);
	}
);

test('a comparison whose id exists offers replace or keep both, and keep both reads under a fresh id', async () => {
	const ids = entries.map(([id]) => id);
	const read = await readFile(validText, 'dup.standpoint.json', { ids });
	expect(read.ok).toBe(false);
	if (read.ok || !read.conflict) throw new Error('expected a conflict');
	expect(read.problems.map(formatProblem).join('\n')).toMatch(
		new RegExp(
			`comparison\\.id: a comparison "${firstComparison.id}" already exists here: replace it, or keep both`
		)
	);
	expect(ids).not.toContain(read.conflict.freshId);
	const copy = await toFile(
		withId(read.conflict.file, read.conflict.freshId).comparison,
		firstSource
	);
	const again = await readFile(copy, 'dup.standpoint.json', { ids });
	expect(again.ok && again.file.comparison.id).toBe(read.conflict.freshId);
});

test('a file is measured before it is read', () => {
	expect(checkSize(MAX_FILE_BYTES, 'a.json')).toBeUndefined();
	expect(checkSize(MAX_FILE_BYTES + 1, 'a.json')?.message).toMatch(/at most 50\.0 MB/);
});

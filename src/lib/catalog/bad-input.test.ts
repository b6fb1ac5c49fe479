import { describe, expect, test } from 'vitest';
import { comparisonFrom, type ComparisonInput } from '../model/fixtures';
import { buildModel } from '../model/build';
import type { Comparison, SideClaim, SourceMeta } from '../model/schema';
import { hidePhrases, quizItems, speakerWords } from '../quiz/quiz';
import { formatProblem, loadCatalog, type RawFile } from './catalog';

// The bad inputs a careless or hostile author produces, each with the message the build prints:
// the file, the item and the field, what is wrong and what to do. Nothing is dropped or changed
// without a word, and nothing crashes.

const text =
	'Alpha says the sky is green. Beta says the sky is blue.\n' +
	'But the second speaker, in a long sentence that goes on well past the first eighty characters, ' +
	'says the sea is grey.';

const input: ComparisonInput = {
	id: 'sky',
	text,
	sides: [
		{ id: 'alpha', label: 'Alpha' },
		{ id: 'beta', label: 'Beta' }
	],
	dimensions: [{ id: 'colour', label: 'Colour' }],
	claims: [
		{
			id: 'alpha-green',
			text: 'Green.',
			side: 'alpha',
			dimension: 'colour',
			quotes: ['the sky is green']
		},
		{
			id: 'beta-blue',
			text: 'Blue.',
			side: 'beta',
			dimension: 'colour',
			quotes: ['the sky is blue']
		},
		{
			id: 'beta-grey',
			text: 'Grey.',
			side: 'beta',
			dimension: 'colour',
			quotes: [text.slice(text.indexOf('But the second'))]
		}
	],
	timeline: [
		{ id: 'talk', when: 'Once', date: '2025-04-14', text: 'They talk.', quote: 'Beta says' }
	]
};

type Patch = {
	comparison?: (c: Comparison) => void;
	source?: (s: SourceMeta) => void;
};

/** The data folder of `input`, patched, as the build reads it: bytes as on disk. */
function files(patch: Patch = {}): RawFile[] {
	const { comparison, source } = comparisonFrom(input);
	const { text: body, ...meta } = source;
	const json = structuredClone(comparison);
	patch.comparison?.(json);
	patch.source?.(meta);
	const bytes = (s: string) => new TextEncoder().encode(s);
	return [
		{ path: 'sources/test-source.json', content: bytes(JSON.stringify(meta)) },
		{ path: 'sources/test-source.txt', content: bytes(body) },
		{ path: 'comparisons/1-sky.json', content: bytes(JSON.stringify(json, null, '\t')) }
	];
}

const load = (list: RawFile[]) => {
	const { catalog, problems, warnings } = loadCatalog(list);
	return {
		catalog,
		problems: problems.map(formatProblem),
		warnings: warnings.map(formatProblem)
	};
};
const replace = (list: RawFile[], path: string, content: RawFile) =>
	list.map((f) => (f.path === path ? content : f));
const withBytes = (before: Uint8Array, insert: number[], at: number) =>
	new Uint8Array([...before.subarray(0, at), ...insert, ...before.subarray(at)]);
const bytesOf = (list: RawFile[], path: string) =>
	(list.find((f) => f.path === path) as { content: Uint8Array }).content;

test('the fixture itself loads clean', () => {
	expect(load(files())).toMatchObject({ problems: [], warnings: [] });
});

describe('encodings', () => {
	test.each(['sources/test-source.txt', 'sources/test-source.json', 'comparisons/1-sky.json'])(
		'a byte-order mark at the start of %s is dropped: anchors resolve as written',
		(path) => {
			const list = files();
			const bom = withBytes(bytesOf(list, path), [0xef, 0xbb, 0xbf], 0);
			const { catalog, problems } = load(replace(list, path, { path, content: bom }));
			expect(problems).toEqual([]);
			expect(catalog.sources.get('test-source')?.text).toBe(text);
			expect(catalog.comparisons).toHaveLength(1);
		}
	);

	test.each([
		{ path: 'sources/test-source.txt', at: 6, line: 1, column: 7 },
		{ path: 'sources/test-source.txt', at: text.indexOf('But'), line: 2, column: 1 },
		{ path: 'comparisons/1-sky.json', at: 14, line: 2, column: 13 }
	])(
		'invalid UTF-8 in $path is refused, with its line and column',
		({ path, at, line, column }) => {
			const list = files();
			// "é" as Latin-1 writes it: one byte, 0xE9, which UTF-8 cannot start a character with here.
			const broken = withBytes(bytesOf(list, path), [0xe9], at);
			const { catalog, problems } = load(replace(list, path, { path, content: broken }));
			const shown = [...broken.subarray(at, at + 3)].map(
				(b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`
			);
			expect(catalog.comparisons).toEqual([]);
			expect(problems[0]).toBe(
				`data/${path} › (file): not valid UTF-8: at line ${line}, column ${column} (byte ${at}: ` +
					`${shown.join(' ')}…) the bytes are not a UTF-8 character; the file was perhaps saved ` +
					'as Latin-1 or Windows-1252. Save it as UTF-8 (in most editors: Save with encoding › ' +
					'UTF-8); nothing was read from it'
			);
			// A comparison over a source that did not load points at the source's problem.
			expect(problems.slice(1)).toEqual(
				path.startsWith('sources/')
					? [
							`data/comparisons/1-sky.json › source: source "test-source" was not loaded: fix the problems with data/${path} first`
						]
					: []
			);
			expect(JSON.stringify(catalog)).not.toContain('\uFFFD');
		}
	);

	test('a text cut off in the middle of a character is refused at its end', () => {
		const list = files();
		const path = 'sources/test-source.txt';
		const cut = withBytes(bytesOf(list, path), [0xe2, 0x80], bytesOf(list, path).length);
		const { problems } = load(replace(list, path, { path, content: cut }));
		expect(problems[0]).toMatch(
			/^data\/sources\/test-source\.txt › \(file\): not valid UTF-8: at line 2, column \d+ \(byte \d+: 0xE2 0x80…\)/
		);
	});

	test.each([
		{ json: '{"id": "sky",}', where: 'line 1, column 14' },
		{ json: '{\n\t"id": "sky"\n\t"title": "x"\n}', where: 'line 3, column 2' }
	])('a JSON syntax error names its line and column ($where)', ({ json, where }) => {
		const list = replace(files(), 'comparisons/1-sky.json', {
			path: 'comparisons/1-sky.json',
			content: json
		});
		expect(load(list).problems).toEqual([
			expect.stringMatching(
				new RegExp(`^data/comparisons/1-sky\\.json › \\(file\\): not valid JSON: .*\\(${where}\\)$`)
			)
		]);
	});

	test.each(['null', '[]', '"sky"', '42'])(
		'a comparison file holding %s is refused, not a crash',
		(json) => {
			const list = replace(files(), 'comparisons/1-sky.json', {
				path: 'comparisons/1-sky.json',
				content: json
			});
			const { catalog, problems } = load(list);
			expect(catalog.comparisons).toEqual([]);
			expect(problems[0]).toMatch(/^data\/comparisons\/1-sky\.json › \(root\): /);
		}
	);
});

describe('file names and folders', () => {
	test('a comparison named *.JSON is refused with the name to give it, not dropped', () => {
		const list = files().map((f) =>
			f.path === 'comparisons/1-sky.json' ? { ...f, path: 'comparisons/1-sky.JSON' } : f
		);
		const { catalog, problems } = load(list);
		expect(catalog.comparisons).toEqual([]);
		expect(problems).toEqual([
			'data/comparisons/1-sky.JSON › (file): not read: the extension must be lower-case; rename it to data/comparisons/1-sky.json'
		]);
	});

	test('a source text named *.TXT is refused, and its metadata says which file it lacks', () => {
		const list = files().map((f) =>
			f.path === 'sources/test-source.txt' ? { ...f, path: 'sources/test-source.TXT' } : f
		);
		expect(load(list).problems).toEqual([
			'data/sources/test-source.TXT › (file): not read: the extension must be lower-case; rename it to data/sources/test-source.txt',
			'data/sources/test-source.json › textFile: no text file data/sources/test-source.txt',
			'data/comparisons/1-sky.json › source: source "test-source" was not loaded: fix the problems with data/sources/test-source.json first'
		]);
	});

	test('a folder named like a comparison is refused with a message, not EISDIR', () => {
		const { problems } = load([...files(), { path: 'comparisons/2-x.json', directory: true }]);
		expect(problems).toEqual([
			'data/comparisons/2-x.json › (file): is a folder, not a file: comparisons/ holds one .json file per comparison'
		]);
	});

	test('a file that cannot be read is refused with the reason', () => {
		const { problems } = load([
			...files(),
			{ path: 'comparisons/2-x.json', unreadable: 'EACCES: permission denied' }
		]);
		expect(problems).toEqual([
			'data/comparisons/2-x.json › (file): could not be read (EACCES: permission denied)'
		]);
	});

	test('every file the build does not read is named in a warning', () => {
		const { problems, warnings, catalog } = load([
			...files(),
			{ path: 'README.md', content: '# notes' },
			{ path: 'drafts', directory: true },
			{ path: 'schema', directory: true },
			{ path: 'schema/comparison.schema.json', content: '{}' },
			{ path: 'comparisons/1-sky.json.bak', content: '{}' },
			{ path: 'comparisons/notes.md', content: '' },
			{ path: 'sources/old', directory: true },
			{ path: 'sources/unused.txt', content: 'Never named.' }
		]);
		expect(problems).toEqual([]);
		expect(catalog.comparisons).toHaveLength(1);
		expect(warnings).toEqual([
			'data/README.md › (file): not read: the build reads sources/ (metadata and texts) and comparisons/ (one .json file each)',
			'data/drafts › (file): folder not read: the build reads sources/ (metadata and texts) and comparisons/ (one .json file each)',
			'data/comparisons/1-sky.json.bak › (file): not read: comparisons/ holds one .json file per comparison',
			'data/comparisons/notes.md › (file): not read: comparisons/ holds one .json file per comparison',
			'data/sources/old › (file): folder not read: sources/ holds a source’s .json metadata and its .txt text',
			'data/sources/unused.txt › (file): not read: no source in sources/*.json names it as its textFile'
		]);
	});
});

describe('dates', () => {
	test.each([
		['2025-02-30', '"2025-02-30" is not on the calendar: February 2025 has 28 days'],
		['2025-04-31', '"2025-04-31" is not on the calendar: April 2025 has 30 days'],
		['2025-13-01', '"2025-13-01" has no month 13: months run from 01 to 12'],
		['14.04.2025', 'must be an ISO date YYYY-MM-DD']
	])('a source dated %s is refused', (date, message) => {
		const { problems } = load(files({ source: (s) => (s.date = date) }));
		expect(problems).toEqual([
			`data/sources/test-source.json › date: ${message}`,
			'data/comparisons/1-sky.json › source: source "test-source" was not loaded: fix the problems with data/sources/test-source.json first'
		]);
	});

	test('a leap day is a day', () => {
		expect(load(files({ source: (s) => (s.date = '2024-02-29') })).problems).toEqual([]);
	});

	test.each([
		[
			'2025-13-45',
			'event "talk" › timeline[0].date: "2025-13-45" has no month 13: months run from 01 to 12'
		],
		[
			'2025-00',
			'event "talk" › timeline[0].date: "2025-00" has no month 0: months run from 01 to 12'
		],
		[
			'2025-02-29',
			'event "talk" › timeline[0].date: "2025-02-29" is not on the calendar: February 2025 has 28 days'
		]
	])('a timeline date %s is refused, not a RangeError in prerender', (date, message) => {
		const { problems } = load(files({ comparison: (c) => (c.timeline![0]!.date = date) }));
		expect(problems).toEqual([`data/comparisons/1-sky.json ${message}`]);
	});
});

describe('runaway text', () => {
	const long = `${'Alpha '.repeat(4999)}Alphas`;

	test('a 30,000-character label is refused with its length and the limit', () => {
		const { problems } = load(files({ comparison: (c) => (c.sides[0]!.label = long) }));
		expect(problems).toEqual([
			`data/comparisons/1-sky.json side "alpha" › sides[0].label: is ${long.length} characters long; a label (say more in "who" or "description") has at most 60`
		]);
	});

	test('an overlong attribution or id is refused', () => {
		const { problems } = load(
			files({
				comparison: (c) => {
					(c.claims[0] as SideClaim).attribution = long;
					c.id = 'x'.repeat(81);
				}
			})
		);
		expect(problems).toEqual([
			`data/comparisons/1-sky.json › id: is 81 characters long; an id has at most 80`,
			`data/comparisons/1-sky.json claim "alpha-green" › claims[0].attribution: is ${long.length} characters long; a one-line field has at most 300`
		]);
	});

	test('the quiz hides a draft’s 30,000-character label without throwing', () => {
		const { comparison, source } = comparisonFrom(input);
		comparison.sides[0]!.label = long;
		const model = buildModel(comparison, { ...source, text: `${long} ${source.text}` });
		for (const item of quizItems(model, 1)) {
			const quote = model.claims.find((c) => c.id === item.claim.id)!.text;
			expect(() => hidePhrases(quote, speakerWords(item.claim, model).phrases)).not.toThrow();
		}
		const parts = hidePhrases(`${long} and more`, [long, 'more']);
		expect(parts.map((p) => p.text).join('')).toBe(`${long} and more`);
	});
});

describe('anchor messages', () => {
	test('a quote that differs only past the first 80 characters shows both around the difference', () => {
		const { problems } = load(
			files({
				comparison: (c) => {
					const quote = c.claims[2]!.anchors[0]!.quote;
					quote.exact = quote.exact.replace('grey', 'gray');
				}
			})
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(
			/^data\/comparisons\/1-sky\.json claim "beta-grey" › claims\[2\]\.anchors\[0\]\.quote\.exact: "…[^"]*says the sea is gray\." not found; closest match "…[^"]*says the sea is grey\." at \d+–\d+ \(score 0\.\d\d\)$/
		);
	});
});

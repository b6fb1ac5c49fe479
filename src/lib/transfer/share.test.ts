import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../catalog/catalog';
import { readDataFiles } from '../catalog/files';
import { readFile, toFile } from './file';
import { decodeShare, encodeShare, isTooLong, SHARE_LINK_LIMIT } from './share';

const { catalog } = loadCatalog(readDataFiles('data'));
const files = await Promise.all(
	catalog.comparisons.map(
		async ({ comparison }) =>
			[comparison.id, await toFile(comparison, catalog.sources.get(comparison.source)!)] as const
	)
);

describe.each(files)('%s', (id, text) => {
	test('goes through a share link and back unchanged', async () => {
		const share = await encodeShare(text);
		expect(share.fragment).toMatch(/^1\.\d+\.[A-Za-z0-9_-]+$/);
		expect(share.length).toBe(share.fragment.length);
		expect(share.tooLong).toBe(share.length > SHARE_LINK_LIMIT);
		const decoded = await decodeShare(`#${share.fragment}`);
		expect(decoded).toEqual({ ok: true, text });
		const read = await readFile(decoded.ok ? decoded.text : '', 'link');
		expect(read.ok && read.file.comparison.id).toBe(id);
		console.log(`share link of ${id}: ${share.length} characters (file ${text.length})`);
	});

	test('a link cut short says it was cut', async () => {
		const { fragment } = await encodeShare(text);
		const decoded = await decodeShare(fragment.slice(0, Math.floor(fragment.length * 0.6)));
		expect(decoded.ok).toBe(false);
		expect(!decoded.ok && decoded.message).toMatch(/cut short: it carries \d+ of its \d+ bytes/);
	});

	test('a corrupted link says it is damaged', async () => {
		const { fragment } = await encodeShare(text);
		const middle = Math.floor(fragment.length / 2);
		const flipped = fragment[middle] === 'A' ? 'B' : 'A';
		const corrupted = fragment.slice(0, middle) + flipped + fragment.slice(middle + 1);
		const decoded = await decodeShare(corrupted);
		// A flipped bit can still inflate; then the text is no longer the file, and reading says so.
		if (decoded.ok) {
			expect(decoded.text).not.toBe(text);
			expect((await readFile(decoded.text, 'link')).ok).toBe(false);
		} else {
			expect(decoded.message).toMatch(/damaged/);
		}
	});
});

test.each([
	['', /does not hold a comparison/],
	['#hello', /does not hold a comparison/],
	['#2.10.abcd', /made by a newer Standpoint/],
	['#1.3.a*b', /does not hold a comparison/],
	['#1.3.abcde', /damaged/],
	['#1.3.AAAA', /damaged/]
])('the fragment %j is refused in plain words', async (fragment, message) => {
	const decoded = await decodeShare(fragment);
	expect(decoded.ok).toBe(false);
	expect(!decoded.ok && decoded.message).toMatch(message);
});

test('links over 8,000 characters are flagged', () => {
	expect(isTooLong(SHARE_LINK_LIMIT)).toBe(false);
	expect(isTooLong(SHARE_LINK_LIMIT + 1)).toBe(true);
});

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem, loadCatalog } from '../src/lib/catalog/catalog';
import { readDataFiles } from '../src/lib/catalog/files';

// The brief's seed sits beside the checkout on our machines and in CI; elsewhere the check is skipped.
const seed = '../shared/seed/000_34a017291a20ff51.txt';
const files = readDataFiles('data');
const { catalog, problems, warnings } = loadCatalog(files);

describe('committed data', () => {
	test('every source and comparison is valid and every anchor resolves exactly', () => {
		expect(problems.map(formatProblem)).toEqual([]);
		expect(warnings.map(formatProblem)).toEqual([]);
		const comparisonFiles = files.filter((f) => f.path.startsWith('comparisons/'));
		expect(catalog.comparisons).toHaveLength(comparisonFiles.length);
	});

	test.skipIf(!existsSync(seed))('the seed source is stored verbatim and already NFC', () => {
		const original = readFileSync(seed, 'utf8');
		expect(readFileSync('data/sources/izvestia-2025-04-14-p3.txt', 'utf8')).toBe(original);
		expect(catalog.sources.get('izvestia-2025-04-14-p3')?.text).toBe(original);
	});

	const each = catalog.comparisons.map((c) => [c.comparison.id, c.comparison] as const);

	test.each(each)('%s: every side and every row has a claim of some voice', (_id, comparison) => {
		for (const side of comparison.sides) {
			const named = comparison.claims.some((c) =>
				c.voice === 'side' ? c.side === side.id : (c.about ?? []).includes(side.id)
			);
			expect(named, side.id).toBe(true);
		}
		for (const dimension of comparison.dimensions) {
			expect(
				comparison.claims.some((c) => c.dimension === dimension.id),
				dimension.id
			).toBe(true);
		}
	});

	// A side's claim is the text reporting that side; words that name the author, the article or
	// the reporter as the speaker mean the claim is the author's and belongs in another voice.
	test.each(each)('%s: a side’s claim is attributed in the text’s reporting words', (_id, c) => {
		for (const claim of c.claims) {
			if (claim.voice !== 'side') continue;
			expect(claim.attribution, claim.id).not.toMatch(
				/^\s*(the|this|an?)\s+(author|article|reporter|writer|issuer|text|piece)\b/i
			);
		}
	});
});

test('the lint leaves data files to the schema: their whitespace never fails `npm test`', async () => {
	const { getFileInfo } = await import('prettier');
	for (const file of files) {
		const info = await getFileInfo(`data/${file.path}`, { ignorePath: '.prettierignore' });
		expect(info.ignored, file.path).toBe(true);
	}
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFonts, fontsDir } from './fonts.mjs';

describe('npm run fonts', () => {
	test('the committed fonts are what it writes today', { timeout: 60_000 }, async () => {
		const { files } = await buildFonts();
		expect(readdirSync(fontsDir).sort()).toEqual([...files.keys()].sort());
		for (const [name, bytes] of files) {
			// A stale file names itself: rerun `npm run fonts` and commit what it writes.
			expect({ name, same: readFileSync(join(fontsDir, name)).equals(bytes) }).toEqual({
				name,
				same: true
			});
		}
	});
});

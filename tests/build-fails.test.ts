import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const copy = mkdtempSync(join(tmpdir(), 'standpoint-data-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

test('a broken anchor in a copy of the data fails `vite build`, naming file, claim and field', () => {
	cpSync('data', copy, { recursive: true });
	const name = readdirSync(join(copy, 'comparisons')).sort()[0]!;
	const path = join(copy, 'comparisons', name);
	const comparison = JSON.parse(readFileSync(path, 'utf8'));
	const claim = comparison.claims[0];
	claim.anchors[0].quote.exact = claim.anchors[0].quote.exact.replace(/\w{3,}/, 'Zzyzx');
	writeFileSync(path, JSON.stringify(comparison, null, '\t'));

	const build = spawnSync('npx', ['vite', 'build'], {
		env: { ...process.env, STANDPOINT_DATA_DIR: copy, VITEST: '' },
		encoding: 'utf8'
	});
	const output = build.stdout + build.stderr;
	expect(build.status).not.toBe(0);
	expect(output).toContain(`${copy}/comparisons/${name}`);
	expect(output).toContain(`claim "${claim.id}"`);
	expect(output).toContain('claims[0].anchors[0].quote.exact');
	expect(output).toMatch(/closest match "[^"]+" at \d+–\d+ \(score 0\.\d\d\)/);
}, 60_000);

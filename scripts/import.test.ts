import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, expect, test, vi } from 'vitest';
import { loadCatalog } from '../src/lib/catalog/catalog';
import { readDataFiles } from '../src/lib/catalog/files';
import { toFile } from '../src/lib/transfer/file';
import { main } from './import';

const work = mkdtempSync(join(tmpdir(), 'standpoint-import-'));
const data = join(work, 'data');
afterAll(() => {
	vi.unstubAllEnvs();
	rmSync(work, { recursive: true, force: true });
});

const { catalog } = loadCatalog(readDataFiles('data'));
const entries = catalog.comparisons.map(({ comparison }) => ({
	comparison,
	source: catalog.sources.get(comparison.source)!
}));

beforeEach(() => {
	rmSync(data, { recursive: true, force: true });
	cpSync('data', data, { recursive: true });
	vi.stubEnv('STANDPOINT_DATA_DIR', data);
});

/** Writes a comparison file of every comparison in data/, the first under `id`, into the work folder. */
async function fileOf(index: number, id?: string): Promise<string> {
	const { comparison, source } = entries[index % entries.length]!;
	const path = join(work, `${id ?? comparison.id}.standpoint.json`);
	writeFileSync(path, await toFile({ ...comparison, id: id ?? comparison.id }, source));
	return path;
}

function comparisonFiles(): string[] {
	return readdirSync(join(data, 'comparisons')).sort();
}

test('refuses bad arguments and a bad file, writing nothing', async () => {
	const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
	expect(await main([])).toBe(2);
	expect(await main(['a.json', 'b.json'])).toBe(2);
	expect(await main([join(work, 'missing.standpoint.json')])).toBe(1);
	const broken = join(work, 'broken.standpoint.json');
	writeFileSync(broken, '{"formatVersion": 9}');
	expect(await main([broken])).toBe(1);
	expect(errors.mock.calls.flat().join('\n')).toMatch(
		/broken\.standpoint\.json › formatVersion: is 9: the file was made by a newer Standpoint/
	);
	errors.mockRestore();
	expect(comparisonFiles()).toEqual(readdirSync('data/comparisons').sort());
});

test.each(entries.map((_, i) => i))(
	'an existing id is refused without --replace, replaced with it, or kept beside with --keep-both (comparison %i)',
	async (index) => {
		const before = comparisonFiles();
		const path = await fileOf(index);
		const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
		const logs = vi.spyOn(console, 'log').mockImplementation(() => {});
		expect(await main([path])).toBe(1);
		expect(errors.mock.calls.flat().join('\n')).toMatch(
			/already exists here: replace it, or keep both/
		);
		expect(comparisonFiles()).toEqual(before);

		expect(await main([path, '--replace'])).toBe(0);
		expect(comparisonFiles()).toEqual(before);

		expect(await main([path, '--keep-both'])).toBe(0);
		const added = comparisonFiles().filter((f) => !before.includes(f));
		expect(added).toEqual([`${before.length + 1}-${entries[index]!.comparison.id}-2.json`]);
		errors.mockRestore();
		logs.mockRestore();
	}
);

test('an imported file is on the index and has its own page after `vite build`', async () => {
	const id = 'imported-by-the-cli';
	const path = await fileOf(0, id);
	const logs = vi.spyOn(console, 'log').mockImplementation(() => {});
	expect(await main([path])).toBe(0);
	const written = logs.mock.calls.flat().join('\n');
	logs.mockRestore();
	const name = `${comparisonFiles().length}-${id}.json`;
	expect(written).toContain(join(data, 'comparisons', name));
	const saved = JSON.parse(readFileSync(join(data, 'comparisons', name), 'utf8'));
	expect(saved.$schema).toBe('../schema/comparison.schema.json');
	expect(saved.id).toBe(id);
	// Written like the data files: tabs and a final newline.
	expect(readFileSync(join(data, 'comparisons', name), 'utf8')).toMatch(
		/^\{\n\t"\$schema"[^]*\}\n$/
	);

	// A copy of the site, so this build does not replace the one the end-to-end tests serve.
	const site = join(work, 'site');
	mkdirSync(site, { recursive: true });
	for (const entry of [
		'src',
		'static',
		'scripts',
		'package.json',
		'svelte.config.js',
		'vite.config.ts',
		'tsconfig.json'
	]) {
		cpSync(entry, join(site, entry), { recursive: true });
	}
	symlinkSync(resolve('node_modules'), join(site, 'node_modules'), 'dir');
	const env = { ...process.env, STANDPOINT_DATA_DIR: data, VITEST: '' };
	for (const args of [
		['svelte-kit', 'sync'],
		['vite', 'build', '--logLevel', 'warn']
	]) {
		const run = spawnSync('npx', args, { cwd: site, env, encoding: 'utf8' });
		expect(run.status, run.stdout + run.stderr).toBe(0);
	}
	expect(existsSync(join(site, 'build', 'c', id, 'index.html'))).toBe(true);
	expect(readFileSync(join(site, 'build', 'index.html'), 'utf8')).toContain(
		`data-comparison="${id}"`
	);
}, 240_000);

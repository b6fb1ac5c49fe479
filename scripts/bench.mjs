// `npm run bench`: builds the site with the committed data plus whatever each suite adds, serves it
// in-process with Vite's preview(), runs every suite in bench/suites/*.mjs in headless Chromium,
// prints one table per suite and writes bench/results.json.
//
// A suite is a module with
//   export async function run({ browser, baseURL, dataDir, buildDir, port }) => rows   (flat objects)
//   export async function prepare({ dataDir }) => void                  (optional: add data files)
// `buildDir` is the built site (its pages are the routes to measure); `port` is the site's port, and
// suites that need a port of their own (Lighthouse's Chromium) take the next ones.
//
// The site is built in a copy in the system's temporary folder (one per checkout), so synthetic
// comparisons never reach build/ and the copy's files never reach the linters.
// `npm run bench -- --reuse` skips the build when that copy has one already;
// `npm run bench -- --only lighthouse,peers` runs only the named suites (every suite still prepares
// its data, so the build is the same) and keeps the other suites' last results in bench/results.json.
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { createHash } from 'node:crypto';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { chromiumArgs, ensureChromium } from './browser.mjs';

const root = resolve(import.meta.dirname, '..');
const checkout = createHash('sha256').update(root).digest('hex').slice(0, 8);
const work = join(tmpdir(), `standpoint-bench-${checkout}`);
const site = join(work, 'site');
const dataDir = join(work, 'data');
const port = Number(process.env.BENCH_PORT ?? 4211);
const reuse = process.argv.includes('--reuse') && existsSync(join(site, 'build'));

const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? new Set(process.argv[onlyAt + 1]?.split(',')) : null;

const suiteDir = join(root, 'bench/suites');
const suites = [];
for (const name of readdirSync(suiteDir)
	.filter((f) => f.endsWith('.mjs'))
	.sort()) {
	suites.push({
		name: name.replace(/\.mjs$/, ''),
		...(await import(pathToFileURL(join(suiteDir, name))))
	});
}

if (!reuse) {
	rmSync(work, { recursive: true, force: true });
	mkdirSync(work, { recursive: true });
	cpSync(resolve(root, process.env.STANDPOINT_DATA_DIR ?? 'data'), dataDir, { recursive: true });
	for (const suite of suites) await suite.prepare?.({ dataDir });

	for (const entry of [
		'src',
		'static',
		'scripts',
		'package.json',
		'svelte.config.js',
		'vite.config.ts',
		'tsconfig.json'
	]) {
		cpSync(join(root, entry), join(site, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(site, 'node_modules'), 'dir');
	const env = {
		...process.env,
		STANDPOINT_DATA_DIR: dataDir,
		VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true'
	};
	for (const args of [
		['svelte-kit', 'sync'],
		['vite', 'build', '--logLevel', 'warn']
	]) {
		console.log(`▶ npx ${args.join(' ')} (in ${site})`);
		const result = spawnSync('npx', args, { cwd: site, env, stdio: 'inherit' });
		if (result.status !== 0) process.exit(result.status ?? 1);
	}
}

// SvelteKit's preview resolves its output folder from the working directory, not from `root`.
process.chdir(site);
const server = await preview({
	root: site,
	logLevel: 'warn',
	preview: { port, strictPort: true, open: false }
});
const browser = await chromium.launch({ ...ensureChromium(), args: chromiumArgs });
const baseURL = `http://localhost:${port}`;
const resultsFile = join(root, 'bench/results.json');
// A partial run (--only) keeps the last results of the suites it skipped.
const results =
	only && existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')).suites : {};
try {
	for (const suite of suites) {
		if (only && !only.has(suite.name)) continue;
		console.log(`\n▶ ${suite.name}`);
		const rows = await suite.run({
			browser,
			baseURL,
			dataDir,
			buildDir: join(site, 'build'),
			port
		});
		results[suite.name] = rows;
		printTable(rows);
	}
} finally {
	await browser.close();
	await server.close();
}

writeFileSync(
	resultsFile,
	JSON.stringify(
		{
			date: new Date().toISOString(),
			environment: {
				node: process.version,
				chromium: browser.version(),
				cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`
			},
			suites: results
		},
		null,
		'\t'
	) + '\n'
);
console.log('\nWrote bench/results.json');

/** Prints rows as an aligned text table, columns in the order of the first row's keys. */
function printTable(rows) {
	if (rows.length === 0) return;
	const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
	const cell = (value) =>
		typeof value === 'boolean' ? (value ? 'yes' : 'NO') : String(value ?? '');
	const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
	const line = (values) => values.map((v, i) => v.padEnd(widths[i])).join('  ');
	console.log(line(columns));
	console.log(line(widths.map((w) => '─'.repeat(w))));
	for (const row of rows) console.log(line(columns.map((c) => cell(row[c]))));
}

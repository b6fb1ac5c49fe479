// The gzipped JavaScript each kind of page loads when it opens: what its HTML preloads and
// imports (scripts/page-scripts.mjs, as the size budget test counts it) plus every script the
// browser fetches until the network is idle. "last run" is the same page in the previous
// bench/results.json, so a change that adds code to a page shows as a difference; the read-only
// pages of a comparison have the target of no growth.
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scriptsOf } from '../../scripts/page-scripts.mjs';
import { pages as builtPages } from '../pages.mjs';

const resultsFile = join(import.meta.dirname, '..', 'results.json');
const readOnly = /^\/c\/\[id\]\/(?:present\/|quiz\/|handout\/)?$/;

export async function run({ browser, baseURL, dataDir, buildDir }) {
	const last = existsSync(resultsFile)
		? (JSON.parse(readFileSync(resultsFile, 'utf8')).suites?.js ?? [])
		: [];
	const rows = [];
	for (const { route, path } of builtPages(buildDir, dataDir)) {
		const files = new Set(scriptsOf(join(buildDir, path, 'index.html')));
		const page = await browser.newPage();
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') {
				files.add(normalize(join(buildDir, new URL(response.url()).pathname)));
			}
		});
		await page.goto(baseURL + path, { waitUntil: 'networkidle' });
		await page.close();
		const bytes = [...files].reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
		const kb = round(bytes / 1024);
		const before = last.find((row) => row.page === route)?.['JS KB gz'];
		rows.push({
			page: route,
			scripts: files.size,
			'JS KB gz': kb,
			'last run KB': before ?? '',
			'change KB': before === undefined ? '' : round(kb - before),
			'no growth': readOnly.test(route) ? before === undefined || kb <= before : ''
		});
	}
	return rows;
}

const round = (n) => Math.round(n * 100) / 100;

// The JavaScript budget of a comparison page, measured on the build that Playwright's web server
// has just made (`npm run build` in playwright.config.ts), so the numbers are never stale.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scriptsOf } from '../scripts/page-scripts.mjs';
import { models } from './explorer-data';
import { hydrated } from './hydrated';

const BUDGET = 80 * 1024;
const root = 'build';

for (const model of models) {
	test(`${model.id}: the page loads under 80 KB of gzipped JavaScript`, async ({ page }) => {
		const preloaded = scriptsOf(join(root, 'c', model.id, 'index.html'));

		// What the browser really fetches: the preloads plus what the client router loads on start
		// (such as the error page's code), so nothing the page loads escapes the count.
		const fetched = new Set<string>();
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') {
				expect(response.status(), response.url()).toBe(200);
				fetched.add(normalize(join(root, new URL(response.url()).pathname)));
			}
		});
		await page.goto(`/c/${model.id}/`);
		await hydrated(page);
		await page.waitForLoadState('networkidle');
		for (const file of preloaded) expect(fetched, 'every preloaded script is used').toContain(file);

		const files = [...new Set([...preloaded, ...fetched])].sort();
		const total = files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
		const summary = `${model.id}: ${(total / 1024).toFixed(1)} KB of gzipped JavaScript in ${files.length} files`;
		test.info().annotations.push({ type: 'js-size', description: summary });
		console.log(summary);
		expect(total).toBeLessThan(BUDGET);
	});
}

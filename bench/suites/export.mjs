// Export timings for `npm run bench`: how long a teacher waits for an image of the seed
// comparison. Each export records a performance measure ('standpoint:export', see
// src/lib/export/job.svelte.ts) from the click to the file or clipboard being ready.

const comparison = 'what-comes-first';
const measure = 'standpoint:export';

/** Median of a list of numbers. */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function openMenu(context, baseURL, preset) {
	const page = await context.newPage();
	await page.goto(`${baseURL}/c/${comparison}/`);
	await page.getByRole('button', { name: 'Export image' }).click();
	await page.getByRole('radio', { name: preset }).check();
	await page.getByText(/^(Fits on one image|Split over)/).waitFor();
	return page;
}

/** Clicks `button` once and returns the export's own measured duration in ms. */
async function timeOnce(page, button) {
	const before = await page.evaluate((name) => performance.getEntriesByName(name).length, measure);
	await page.getByRole('button', { name: button }).click();
	await page.waitForFunction(
		([name, n]) => performance.getEntriesByName(name).length > n,
		[measure, before],
		{ timeout: 60_000 }
	);
	return page.evaluate((name) => performance.getEntriesByName(name).at(-1).duration, measure);
}

const cases = [
	{ name: 'seed slide PNG 2×, one image (copy)', preset: /^Slide/, button: 'Copy PNG' },
	{ name: 'seed slide PNG 2×, all images (download)', preset: /^Slide/, button: 'Download PNG' },
	{ name: 'seed handout PNG 2×, all images', preset: /^Handout/, button: 'Download PNG' },
	{ name: 'seed as on screen (1280) PNG 2×', preset: /^As on screen/, button: 'Download PNG' },
	{ name: 'seed slide SVG, all images', preset: /^Slide/, button: 'Download SVG' }
];

/** Runs every case: one cold export in a fresh page (fonts and code not yet loaded), then warm runs. */
export async function run({ browser, baseURL }) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		acceptDownloads: true,
		permissions: ['clipboard-read', 'clipboard-write']
	});
	const rows = [];
	try {
		const cold = [];
		for (let i = 0; i < 3; i++) {
			const page = await openMenu(context, baseURL, /^Slide/);
			cold.push(await timeOnce(page, 'Copy PNG'));
			await page.close();
		}
		rows.push({
			suite: 'export',
			case: 'seed slide PNG 2×, first export on a page',
			median_ms: Math.round(median(cold)),
			runs: cold.length
		});

		for (const { name, preset, button } of cases) {
			const page = await openMenu(context, baseURL, preset);
			await timeOnce(page, button);
			const times = [];
			for (let i = 0; i < 5; i++) times.push(await timeOnce(page, button));
			rows.push({
				suite: 'export',
				case: name,
				median_ms: Math.round(median(times)),
				runs: times.length
			});
			await page.close();
		}
	} finally {
		await context.close();
	}
	return rows;
}

// Export timings for `npm run bench`: how long a teacher waits for an image of the seed
// comparison, and whether hundreds of images (1,000 claims) keep the tab responsive. Each export
// records a performance measure ('standpoint:export', see src/lib/export/job.svelte.ts) from the
// click to the file or clipboard being ready.

const comparison = 'what-comes-first';
const measure = 'standpoint:export';

/** Median of a list of numbers. */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function openMenu(context, baseURL, preset, layout = /^Side by side/) {
	const page = await context.newPage();
	await page.goto(`${baseURL}/c/${comparison}/`);
	await page.getByRole('button', { name: 'Export image' }).click();
	await page.getByRole('radio', { name: preset }).check();
	await page.getByRole('radio', { name: layout }).check();
	await page.getByText(/^(Fits on one image|Split over)/).waitFor();
	return page;
}

/** Clicks `button` once and returns the export's own measured duration in ms. */
async function timeOnce(page, button, timeout = 60_000) {
	const before = await page.evaluate((name) => performance.getEntriesByName(name).length, measure);
	await page.getByRole('button', { name: button }).click();
	await page.waitForFunction(
		([name, n]) => performance.getEntriesByName(name).length > n,
		[measure, before],
		{ timeout }
	);
	return page.evaluate((name) => performance.getEntriesByName(name).at(-1).duration, measure);
}

const presets = [
	{ name: 'slide', preset: /^Slide/ },
	{ name: 'handout', preset: /^Handout/ },
	{ name: 'as on screen (1280)', preset: /^As on screen/ }
];
const layouts = [
	{ name: 'side by side', layout: /^Side by side/ },
	{ name: 'list', layout: /^List/ }
];
/** Every preset in every layout, all images as PNG at 2× (target for the sequence seed's slide deck: under 1 s). */
const cases = [
	{
		name: 'seed slide side by side PNG 2×, one image (copy)',
		preset: /^Slide/,
		layout: /^Side by side/,
		button: 'Copy PNG'
	},
	...presets.flatMap(({ name, preset }) =>
		layouts.map((l) => ({
			name: `seed ${name} ${l.name} PNG 2×, all images`,
			preset,
			layout: l.layout,
			button: 'Download PNG'
		}))
	),
	{
		name: 'seed slide side by side SVG, all images',
		preset: /^Slide/,
		layout: /^Side by side/,
		button: 'Download SVG'
	}
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

		for (const { name, preset, layout, button } of cases) {
			const page = await openMenu(context, baseURL, preset, layout);
			await timeOnce(page, button);
			const times = [];
			for (let i = 0; i < 5; i++) times.push(await timeOnce(page, button));
			const status = await page.getByText(/^Downloaded |^Copied /).textContent();
			rows.push({
				suite: 'export',
				case: name,
				median_ms: Math.round(median(times)),
				runs: times.length,
				images: Number(status?.match(/: (\d+) images/)?.[1] ?? 1)
			});
			await page.close();
		}

		rows.push(await zipOfMany(context, baseURL));
	} finally {
		await context.close();
	}
	return rows;
}

/**
 * The 1,000-claim synthetic comparison (from the links suite) as slide PNGs: hundreds of images
 * saved as one .zip. Reports the export's duration and the longest main-thread task while it ran
 * (target: none over a second, so the tab never freezes), from a `longtask` observer.
 */
async function zipOfMany(context, baseURL) {
	const page = await context.newPage();
	await page.goto(`${baseURL}/c/bench-1000/`);
	await page.getByRole('button', { name: 'Export image' }).click();
	await page.getByRole('radio', { name: /^Slide/ }).check();
	await page.getByText(/^(Fits on one image|Split over)/).waitFor({ timeout: 60_000 });
	await page.evaluate(() => {
		window.benchLongTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) window.benchLongTasks.push(entry.duration);
		}).observe({ type: 'longtask' });
	});
	const download = page.waitForEvent('download', { timeout: 600_000 });
	const duration = await timeOnce(page, 'Download PNG', 600_000);
	const file = await download;
	const status = await page.getByText(/^Downloaded /).textContent();
	const tasks = await page.evaluate(() => window.benchLongTasks);
	await page.close();
	return {
		suite: 'export',
		case: '1,000 claims, slide PNG 2×, all images as one .zip',
		median_ms: Math.round(duration),
		runs: 1,
		images: Number(status?.match(/: (\d+) images/)?.[1] ?? 1),
		file: file.suggestedFilename(),
		longest_task_ms: Math.round(Math.max(0, ...tasks)),
		tasks_over_1s: tasks.filter((t) => t > 1000).length,
		target: 'no task over 1,000 ms'
	};
}

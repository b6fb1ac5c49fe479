// Lighthouse on one page of every kind the site builds (bench/pages.mjs), as a reader's first
// visit sees it: the performance score, layout shift (CLS), first and largest paint, blocking
// time, and what the page downloads. Both of Lighthouse's presets run five times each,
// interleaved, and every number is the median of the five: the mobile preset swings from run to
// run. Lighthouse drives a Chromium of its own through chrome-launcher, on the port after the
// site's and with the same quiet flags as the rest of the bench, so it runs offline.
// Which elements shift is in the fonts suite: Lighthouse 12's own shift audit cannot read the
// traces of the Chromium here.
// LIGHTHOUSE_PAGES=/c/[id]/,/edit/ limits the run to those routes (a quicker before-and-after on
// one kind of page); bench/results.json then holds only their rows, so commit a full run's.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromium } from 'playwright';
import { chromiumArgs, ensureChromium } from '../../scripts/browser.mjs';
import { pages as builtPages } from '../pages.mjs';

const RUNS = 5;
const CLS_TARGET = 0.02;
const presets = [
	{ name: 'desktop', config: desktopConfig },
	{ name: 'mobile', config: undefined } // Lighthouse's default: a mid-range phone on slow 4G
];

export async function run({ baseURL, dataDir, buildDir, port }) {
	const only = process.env.LIGHTHOUSE_PAGES?.split(',');
	const pages = builtPages(buildDir, dataDir).filter((p) => !only || only.includes(p.route));
	if (pages.length === 0) throw new Error(`LIGHTHOUSE_PAGES names no built route: ${only}`);
	const chrome = await chromeLauncher.launch({
		chromePath: ensureChromium().executablePath ?? chromium.executablePath(),
		chromeFlags: ['--headless=new', ...chromiumArgs],
		port: port + 1,
		logLevel: 'silent'
	});
	const runs = new Map();
	try {
		for (let i = 0; i < RUNS; i++) {
			for (const preset of presets) {
				for (const page of pages) {
					const { lhr } = await lighthouse(
						baseURL + page.path,
						{
							port: chrome.port,
							output: 'json',
							logLevel: 'error',
							onlyCategories: ['performance'],
							// The report's page screenshot takes time and feeds no number here.
							disableFullPageScreenshot: true
						},
						preset.config
					);
					if (lhr.runtimeError) {
						throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.message}`);
					}
					const key = `${page.route} ${preset.name}`;
					runs.set(key, [...(runs.get(key) ?? []), summarise(lhr)]);
				}
			}
		}
	} finally {
		chrome.kill();
	}

	return pages.flatMap((page) =>
		presets.map((preset) => {
			const all = runs.get(`${page.route} ${preset.name}`);
			const mid = (pick) => median(all.map(pick));
			const cls = mid((r) => r.cls);
			return {
				page: page.route,
				preset: preset.name,
				performance: mid((r) => r.score),
				CLS: round(cls, 3),
				'FCP ms': Math.round(mid((r) => r.fcp)),
				'LCP ms': Math.round(mid((r) => r.lcp)),
				'TBT ms': Math.round(mid((r) => r.tbt)),
				'font KB': round(mid((r) => r.fontBytes) / 1024, 1),
				'total KB': round(mid((r) => r.totalBytes) / 1024, 1),
				[`CLS ≤ ${CLS_TARGET}`]: cls <= CLS_TARGET
			};
		})
	);
}

function summarise(lhr) {
	const audit = (id) => lhr.audits[id];
	const resources = audit('resource-summary')?.details?.items ?? [];
	const bytes = (type) => resources.find((r) => r.resourceType === type)?.transferSize ?? 0;
	return {
		score: Math.round((lhr.categories.performance.score ?? 0) * 100),
		cls: audit('cumulative-layout-shift').numericValue,
		fcp: audit('first-contentful-paint').numericValue,
		lcp: audit('largest-contentful-paint').numericValue,
		tbt: audit('total-blocking-time').numericValue,
		fontBytes: bytes('font'),
		totalBytes: bytes('total')
	};
}

const round = (n, digits) => Math.round(n * 10 ** digits) / 10 ** digits;
function median(xs) {
	const sorted = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

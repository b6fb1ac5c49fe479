// What the web fonts cost a page, and what their arrival does to it, on every kind of page
// (bench/pages.mjs) at a desktop and a phone width.
//
// Bytes: the font files a first visit downloads, by name, and their size.
// Swap: the page is loaded with every font response held back until it has hydrated and
// settled, so it is first laid out in the fallback faces, as on a slow connection. Then the fonts
// are let through. Reported are the layout shift the swap causes (the sum of the layout-shift
// entries after the fonts were let through), the text blocks whose number of lines changed
// (a block is an element with text of its own), and, apart, the shift that happened before the
// swap (hydration adding controls, say) with the element that moved most in it. The fallback
// named is the one the page was set in here: which one a reader gets depends on their fonts.
import { pages as builtPages } from '../pages.mjs';

const viewports = [
	{ name: 'desktop', width: 1350, height: 940 }, // Lighthouse's desktop screen
	{ name: 'phone', width: 412, height: 823 } // and its phone
];

export async function run({ browser, baseURL, dataDir, buildDir }) {
	const rows = [];
	for (const page of builtPages(buildDir, dataDir)) {
		for (const viewport of viewports) {
			const bytes = await download(browser, baseURL + page.path, viewport);
			const swap = await heldBack(browser, baseURL + page.path, viewport);
			rows.push({
				page: page.route,
				viewport: viewport.name,
				'font files': bytes.files.join(' ') || '—',
				'font KB': Math.round(bytes.total / 102.4) / 10,
				fallback: swap.fallback,
				'swap CLS': round(swap.swap),
				'blocks rewrapped': `${swap.rewrapped} of ${swap.blocks}`,
				'CLS before swap': round(swap.before),
				'moved most before swap': swap.movedMost
			});
		}
	}
	return rows;
}

/** The font files a first visit downloads, by name without their hash, and their bytes. */
async function download(browser, url, viewport) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	const sizes = [];
	page.on('response', (response) => {
		if (/\.woff2?$/.test(new URL(response.url()).pathname)) {
			sizes.push(response.body().then((body) => [response.url(), body.length]));
		}
	});
	await page.goto(url, { waitUntil: 'load' });
	await page.evaluate(() => document.fonts.ready);
	const files = await Promise.all(sizes);
	await context.close();
	return {
		files: files
			.map(([u]) =>
				u
					.split('/')
					.pop()
					.replace(/\.[\w-]+\.woff2$/, '')
			)
			.sort(),
		total: files.reduce((sum, [, n]) => sum + n, 0)
	};
}

/** Loads the page with its fonts held back, then lets them through and compares. */
async function heldBack(browser, url, viewport) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	let release;
	const released = new Promise((resolve) => (release = resolve));
	await page.route(/\.woff2?$/, async (route) => {
		await released;
		await route.continue();
	});
	await page.addInitScript(() => {
		window.__shifts = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				if (entry.hadRecentInput) continue;
				const moved = entry.sources
					.map((s) => ({ node: s.node, dy: Math.abs(s.currentRect.y - s.previousRect.y) }))
					.sort((a, b) => b.dy - a.dy)[0];
				window.__shifts.push({ time: entry.startTime, value: entry.value, moved });
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(url, { waitUntil: 'domcontentloaded' });
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await settle(page);
	const before = await page.evaluate(snapshot);
	const releasedAt = await page.evaluate(() => performance.now());
	release();
	await page.waitForFunction(
		() =>
			document.fonts.status === 'loaded' && [...document.fonts].every((f) => f.status !== 'loading')
	);
	await settle(page);
	const after = await page.evaluate(snapshot);
	const result = await page.evaluate((at) => {
		const sum = (list) => list.reduce((total, s) => total + s.value, 0);
		const early = window.__shifts.filter((s) => s.time < at);
		const largest = early.sort((a, b) => b.value - a.value)[0];
		const describe = (node) => {
			if (!node) return '';
			const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
			const name =
				element?.getAttribute('aria-label') ?? element?.className?.toString().split(' ')[0];
			return `${element?.tagName.toLowerCase()}${name ? ` (${name})` : ''}`;
		};
		return {
			before: sum(early),
			swap: sum(window.__shifts.filter((s) => s.time >= at)),
			movedMost: largest
				? `${describe(largest.moved?.node)} ${Math.round(largest.moved?.dy ?? 0)} px`
				: '',
			fallback:
				[
					...new Set(
						[...document.fonts]
							.filter((f) => f.status === 'loaded' && / fallback /.test(f.family))
							.map((f) => f.family.replace(/^.* fallback /, ''))
					)
				].join(', ') || 'the browser’s'
		};
	}, releasedAt);
	await context.close();
	const rewrapped = before.filter((lines, i) => lines !== after[i]).length;
	return { ...result, rewrapped, blocks: before.length };
}

/** The number of lines of every element that has text of its own, in document order. */
function snapshot() {
	const lines = [];
	for (const element of document.body.querySelectorAll('*')) {
		const own = [...element.childNodes].some(
			(n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== ''
		);
		if (!own || element.getClientRects().length === 0) continue;
		const range = document.createRange();
		range.selectNodeContents(element);
		lines.push(new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size);
	}
	return lines;
}

/** Waits for two frames and a little idle time, so relayouts triggered by the last change land. */
async function settle(page) {
	await page.evaluate(
		() =>
			new Promise((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 200)))
			)
	);
}

const round = (n) => Math.round(n * 1000) / 1000;

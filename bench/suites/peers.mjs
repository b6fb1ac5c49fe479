// The app's claim→passage links against two libraries that draw links between elements,
// leader-line 1.0.8 and jsPlumb 6.2.10, on the same page: the explorer of the seed comparison and
// of the synthetic 100- and 1,000-claim ones (added by the links suite), at 1280 px.
//
// Four copies of the page are open, each in a browser context (and so a renderer) of its own:
//   page         the app's own resize reactions muted and its links hidden: what a resize costs
//                the page itself, with no links at all;
//   app          the explorer as shipped;
//   leader-line  muted as `page`, plus one LeaderLine per link;
//   jsPlumb      muted as `page`, plus one jsPlumb connection per link.
// All four have the same DOM of cards and marks. A link joins a claim's card (`li[data-claim]`)
// to the mark of a passage it cites, found through the card's own "Show in the article" link, so
// the libraries draw exactly the links the app draws. They draw every link, as they do out of the
// box; the app draws only the ones near the view, and that is part of what is compared. Each
// library redraws from a ResizeObserver on the panes' container, synchronously in its callback:
// the earliest moment a page learns of a new layout, so their latency is the best they can give.
// "Muted" means that, once the app has drawn its links, the page's own ResizeObserver callbacks and
// window resize listeners are skipped (an init script wraps both before the app's code runs); the
// libraries use the unwrapped ones.
//
// A round resizes each page once (1280 ↔ 1264 px wide, the order rotating from round to round) and
// waits until no link has changed for 10 frames. Per resize:
//   link work     main-thread time spent in the links' own code: the app's user-timing measure
//                 "standpoint:links" (reading boxes, computing paths, writing the SVG; all of
//                 them, should a resize relay out more than once), and each library's redraw
//                 call, timed around it (with the layouts its reads force);
//   resize total  Chromium's per-renderer TaskDuration counter from just before the resize until
//                 quiet (scripts, style, layout, paint setup): all the resize cost, the page's
//                 own relayout included, and noisy on a shared machine; "added to page" is its
//                 median less that of `page`;
//   painted       from the window's resize event to the first animation frame that begins after
//                 the last change to a link (a MutationObserver on the link layers notes the time
//                 of each change): that frame begins once the frame showing the change is made.
// Medians over 30 rounds after one warm-up round; link work and painted also as ratios to the
// app's. A variant whose resizes have taken a minute in all stops early (leader-line at 1,000
// claims): `rounds` says how many it had.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const ROUNDS = 30;
const BUDGET_MS = 60_000;
const WIDTHS = [1280, 1264];
const HEIGHT = 800;
const require = createRequire(import.meta.url);
const scripts = {
	'leader-line': require.resolve('leader-line/leader-line.min.js'),
	jsPlumb: require.resolve('@jsplumb/browser-ui/js/jsplumb.browser-ui.umd.js')
};
const variants = ['page', 'app', 'leader-line', 'jsPlumb'];

export async function run({ browser, baseURL, dataDir }) {
	const rows = [];
	for (const { id, claims } of comparisons(dataDir)) {
		const pages = {};
		for (const variant of variants)
			pages[variant] = await open(browser, `${baseURL}/c/${id}/`, variant);
		const samples = Object.fromEntries(
			variants.map((v) => [v, { code: [], main: [], painted: [], spent: 0 }])
		);
		for (let round = 0; round <= ROUNDS; round++) {
			const order = variants.map((_, i) => variants[(i + round) % variants.length]);
			for (const variant of order) {
				const taken = samples[variant];
				if (round > 1 && taken.spent > BUDGET_MS) continue;
				const started = Date.now();
				const sample = await resize(pages[variant], WIDTHS[(round + 1) % 2]);
				taken.spent += Date.now() - started;
				if (round === 0) continue; // warm-up
				taken.code.push(sample.code);
				taken.main.push(sample.main);
				if (sample.painted !== null) taken.painted.push(sample.painted);
			}
		}
		const page = median(samples.page.main);
		const of = (variant, key) => median(samples[variant][key]);
		const ratio = (variant, key) => {
			const app = of('app', key);
			return app > 0 ? round(of(variant, key) / app) : '';
		};
		for (const variant of variants.slice(1)) {
			const { links, nodes, setup } = pages[variant].info;
			const added = of(variant, 'main') - page;
			rows.push({
				comparison: id,
				claims,
				draws: variant,
				links,
				'link nodes': nodes,
				'setup ms': variant === 'app' ? '' : Math.round(setup),
				'link work ms': round(of(variant, 'code')),
				'work × app': ratio(variant, 'code'),
				'resize total ms': round(of(variant, 'main')),
				'added to page ms': round(added),
				'painted ms': samples[variant].painted.length ? round(of(variant, 'painted')) : 'never',
				'painted × app': ratio(variant, 'painted'),
				rounds: samples[variant].main.length
			});
		}
		rows.push({
			comparison: id,
			claims,
			draws: 'nothing (page)',
			'resize total ms': round(page),
			rounds: samples.page.main.length
		});
		for (const variant of variants) await pages[variant].context.close();
	}
	return rows;
}

/** The first committed comparison and the synthetic ones, smallest first. */
function comparisons(dataDir) {
	const dir = join(dataDir, 'comparisons');
	const all = readdirSync(dir)
		.sort()
		.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
		.map((c) => ({ id: c.id, claims: c.claims.length, synthetic: c.id.startsWith('bench-') }));
	return [all.find((c) => !c.synthetic), ...all.filter((c) => c.synthetic)]
		.filter(Boolean)
		.sort((a, b) => a.claims - b.claims);
}

/** Opens one copy of the explorer and sets up its variant; resolves once it is drawn and quiet. */
async function open(browser, url, variant) {
	const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: HEIGHT } });
	const page = await context.newPage();
	await page.addInitScript(harness);
	await page.goto(url);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await page.locator('path[data-claim]').first().waitFor({ state: 'attached' });
	if (variant in scripts) await page.addScriptTag({ path: scripts[variant] });
	const info = await page.evaluate(setup, variant);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	return { context, page, cdp, info };
}

/** Resizes the page and waits until it is quiet; returns the three measures of the resize (ms). */
async function resize({ page, cdp }, width) {
	const taskTime = async () => {
		const { metrics } = await cdp.send('Performance.getMetrics');
		return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
	};
	await page.evaluate(() => window.__bench.arm());
	const before = await taskTime();
	await page.setViewportSize({ width, height: HEIGHT });
	const { resizedAt, painted, code } = await page.evaluate(() => window.__bench.quiet());
	const main = (await taskTime()) - before;
	return { main, code, painted: painted === null ? null : painted - resizedAt };
}

/**
 * Runs in the page before its own scripts: wraps ResizeObserver and window resize listeners so
 * the app's can be muted, notes the time of each resize and of each change to a link layer.
 */
function harness() {
	const NativeResizeObserver = window.ResizeObserver;
	const addEventListener = window.addEventListener.bind(window);
	const bench = {
		muted: false,
		NativeResizeObserver,
		resizedAt: null,
		changedAt: null,
		code: 0,
		paintedAfter: new Map(),
		arm() {
			bench.resizedAt = null;
			bench.changedAt = null;
			bench.code = 0;
		},
		/** Resolves once the resize has happened and no link has changed for 10 frames since. */
		quiet() {
			return new Promise((resolve) => {
				let seen = bench.changedAt;
				let calm = 0;
				const frame = () => {
					calm = bench.resizedAt !== null && bench.changedAt === seen ? calm + 1 : 0;
					seen = bench.changedAt;
					if (calm < 10) return requestAnimationFrame(frame);
					const painted = seen === null ? null : (bench.paintedAfter.get(seen) ?? null);
					resolve({ resizedAt: bench.resizedAt, painted, code: bench.code });
				};
				requestAnimationFrame(frame);
			});
		}
	};
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			if (entry.name === 'standpoint:links' && bench.resizedAt !== null)
				bench.code += entry.duration;
		}
	}).observe({ type: 'measure' });
	window.__bench = bench;
	window.ResizeObserver = class extends NativeResizeObserver {
		constructor(callback) {
			super((entries, observer) => {
				if (!bench.muted) callback(entries, observer);
			});
		}
	};
	window.addEventListener = (type, listener, options) => {
		if (type !== 'resize') return addEventListener(type, listener, options);
		const call = (event) =>
			typeof listener === 'function' ? listener.call(window, event) : listener.handleEvent(event);
		return addEventListener(type, (event) => bench.muted || call(event), options);
	};
	// Registered first, so it runs before any other resize listener.
	addEventListener('resize', () => (bench.resizedAt ??= performance.now()));
	const isLink = (node) =>
		node instanceof Element &&
		(node.closest('svg:has(path[data-claim])') !== null ||
			node.closest('.leader-line, .jtk-connector') !== null);
	new MutationObserver((records) => {
		if (bench.resizedAt === null || !records.some((r) => isLink(r.target))) return;
		const at = performance.now();
		bench.changedAt = at;
		requestAnimationFrame(() => bench.paintedAfter.set(at, performance.now()));
	}).observe(document, { subtree: true, attributes: true, childList: true });
}

/** Runs in the page once it is drawn: sets the variant's links up; returns what it drew. */
function setup(variant) {
	const bench = window.__bench;
	const pairs = [];
	for (const card of document.querySelectorAll('li[data-claim]')) {
		for (const link of card.querySelectorAll('a[href^="#"]')) {
			const mark = document.getElementById(decodeURIComponent(link.hash.slice(1)));
			if (mark) pairs.push([card, mark]);
		}
	}
	const appLinks = document.querySelector('svg:has(path[data-claim])');
	if (variant !== 'app') {
		bench.muted = true;
		appLinks.style.display = 'none';
	}
	// The libraries' layers go where the app's does: in the panes' common container.
	const container = appLinks.parentElement;
	const nodes = () => document.getElementsByTagName('*').length;
	const nodesBefore = nodes();
	const started = performance.now();
	let redraw = () => {};
	if (variant === 'leader-line') {
		const { LeaderLine } = window;
		LeaderLine.positionByWindowResize = false;
		const lines = pairs.map(
			([card, mark]) =>
				new LeaderLine(card, mark, {
					color: 'rgba(82, 96, 109, 0.5)',
					size: 1.4,
					path: 'fluid',
					startSocket: 'right',
					endSocket: 'left',
					startPlug: 'behind',
					endPlug: 'behind'
				})
		);
		redraw = () => lines.forEach((line) => line.position());
	} else if (variant === 'jsPlumb') {
		const instance = window.jsPlumb.newInstance({
			container,
			elementsDraggable: false,
			resizeObserver: false
		});
		instance.batch(() => {
			for (const [card, mark] of pairs) {
				instance.connect({
					source: card,
					target: mark,
					anchors: ['Right', 'Left'],
					connector: 'Bezier',
					endpoints: ['Blank', 'Blank'],
					paintStyle: { stroke: 'rgba(82, 96, 109, 0.5)', strokeWidth: 1.4 }
				});
			}
		});
		redraw = () => instance.repaintEverything();
	}
	const setupMs = performance.now() - started;
	const observer = new bench.NativeResizeObserver(() => {
		const started = performance.now();
		redraw();
		if (bench.resizedAt !== null) bench.code += performance.now() - started;
	});
	observer.observe(container);
	for (const pane of container.querySelectorAll('[data-pane]')) observer.observe(pane);
	const added =
		variant === 'app' ? appLinks.getElementsByTagName('*').length + 1 : nodes() - nodesBefore;
	return { links: pairs.length, nodes: added, setup: setupMs };
}

const round = (n) => Math.round(n * 100) / 100;
function median(xs) {
	const sorted = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { LinkMeasurer, MEASURE_NAME, type LinkElements, type LinkTarget } from './measure.svelte';

// A workspace like the explorer's, in real Chromium: 40 rows of 3 cards, 60 paragraphs of marks.
const ROWS = 40;
const CARDS = ROWS * 3;

function fixture(): HTMLElement {
	const root = document.createElement('div');
	root.style.cssText =
		'position:relative;display:grid;grid-template-columns:600px 80px 500px;height:500px';
	const cards = Array.from({ length: ROWS }, (_, r) => {
		const items = [0, 1, 2]
			.map((c) => `<li data-claim="c${r * 3 + c}" style="height:70px;margin:5px 0">claim</li>`)
			.join('');
		return `<section data-link-group><ul style="display:grid;grid-template-columns:1fr 1fr 1fr;gap:8px;margin:0;padding:0;list-style:none">${items}</ul></section>`;
	}).join('');
	const paragraphs = Array.from({ length: CARDS / 2 }, (_, p) => {
		const mark = (i: number) => `<mark id="t${i}" data-start="${i}">passage ${i}</mark>`;
		return `<p data-link-group>Some words before ${mark(p * 2)} and more words, then ${mark(p * 2 + 1)} to end the paragraph with a few more words.</p>`;
	}).join('');
	root.innerHTML = `
		<section data-pane="claims" style="overflow-y:auto;grid-column:1"><div><div data-pane-top style="position:sticky;top:0;height:40px;background:#fff"></div>${cards}</div></section>
		<section data-pane="source" style="overflow-y:auto;grid-column:3"><div data-source-text>${paragraphs}</div></section>`;
	document.body.append(root);
	return root;
}

const frames = (n = 2) =>
	new Promise<void>((resolve) => {
		const step = (left: number) =>
			left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
		step(n);
	});

/** The first and last point of a path, in page coordinates. */
function ends(d: string, root: HTMLElement) {
	const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
	const o = root.getBoundingClientRect();
	return { from: [n[0]! + o.left, n[1]! + o.top], to: [n.at(-2)! + o.left, n.at(-1)! + o.top] };
}

let root: HTMLElement;
let cleanup: () => void;
let measurer: LinkMeasurer;
const targets: LinkTarget[] = Array.from({ length: CARDS }, (_, i) => ({
	key: `c${i}:0`,
	claim: `c${i}`,
	target: i
}));

/** The fixture's cards and marks, found inside its root as the explorer's registry would hand them over. */
const elements = (): LinkElements => ({
	cards: () =>
		[...root.querySelectorAll<HTMLElement>('li[data-claim]')].map((el) => [el.dataset.claim!, el]),
	mark: (target) => root.querySelector<HTMLElement>(`mark[data-start="${target}"]`) ?? undefined
});

beforeEach(async () => {
	await page.viewport(1280, 800);
	root = fixture();
	measurer = new LinkMeasurer(() => targets, elements());
	cleanup = measurer.observe(root);
	await frames();
});

afterEach(() => {
	cleanup();
	root.remove();
});

/** Every drawn link must join its card's right edge and its mark's first line, as read now. */
function expectExact() {
	const claims = root.querySelector('[data-pane="claims"]')!.getBoundingClientRect();
	const source = root.querySelector('[data-pane="source"]')!.getBoundingClientRect();
	let checked = 0;
	for (const link of measurer.links) {
		const card = root.querySelector(`[data-claim="${link.claim}"]`)!.getBoundingClientRect();
		const line = document.getElementById(`t${link.claim.slice(1)}`)!.getClientRects()[0]!;
		const inClaims = card.bottom > claims.top + 40 && card.top < claims.bottom;
		const inSource = line.bottom > source.top && line.top < source.bottom;
		expect(link.placement, link.key).toBe(
			inClaims && inSource ? 'in' : inClaims || inSource ? 'partly' : 'out'
		);
		if (link.placement === 'out') continue;
		const { from, to } = ends(link.d, root);
		if (inClaims) expect(from[0]).toBeCloseTo(card.right, 0);
		if (inSource) {
			expect(to[0]).toBeCloseTo(line.left, 0);
			expect(to[1]).toBeCloseTo(line.bottom, 0);
		}
		checked++;
	}
	return checked;
}

describe('LinkMeasurer', () => {
	test('draws one link per target, joining card and mark', () => {
		expect(measurer.links).toHaveLength(CARDS);
		expect(expectExact()).toBeGreaterThan(0);
	});

	test('stays exact after small scrolls (boxes shifted) and far ones (boxes read again)', async () => {
		const source = root.querySelector<HTMLElement>('[data-pane="source"]')!;
		const claims = root.querySelector<HTMLElement>('[data-pane="claims"]')!;
		for (const [pane, by] of [
			[source, 60],
			[claims, 90],
			[source, 2500],
			[claims, 1800],
			[source, -700],
			[claims, 3000]
		] as const) {
			pane.scrollBy(0, by);
			await frames();
			expect(expectExact(), `after scrolling by ${by}`).toBeGreaterThan(0);
		}
	});

	test('counts the ends beyond each edge on badges, pointing at the nearest', async () => {
		const source = root.querySelector<HTMLElement>('[data-pane="source"]')!;
		source.scrollTop = 2000;
		await frames();
		const top = source.getBoundingClientRect().top;
		const bottomOf = (key: string) =>
			document.getElementById(`t${key.slice(1, key.indexOf(':'))}`)!.getClientRects()[0]!.bottom;
		const above = targets.filter((t) => bottomOf(t.key) <= top);
		const badge = measurer.markers.find((m) => m.pane === 'source' && m.edge === 'above');
		expect(badge?.count).toBe(above.length);
		expect(new Set(badge?.keys)).toEqual(new Set(above.map((t) => t.key)));
		expect(bottomOf(badge!.keys[0]!)).toBe(Math.max(...above.map((t) => bottomOf(t.key))));
	});

	test('records each relayout as a user-timing measure', async () => {
		const seen: number[] = [];
		const observer = new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				if (entry.name === MEASURE_NAME) seen.push(entry.duration);
		});
		observer.observe({ type: 'measure' });
		await page.viewport(1200, 800);
		await frames(3);
		observer.disconnect();
		expect(seen.length).toBeGreaterThan(0);
	});
});

import { beforeEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import '../../../app.css';
import { modelFrom } from '$lib/model/fixtures';
import { placed } from '$lib/model/select';
import type { ExplorerUrls } from '../state.svelte';
import Explorer from './Explorer.svelte';

// A comparison written here, over a text written here: nothing from data/.
const model = modelFrom({
	id: 'order',
	text: [
		'North says trust comes first. South says a truce comes first.',
		'The writer thinks neither will move, and both sides agree on nothing.'
	].join('\n'),
	sides: [
		{ id: 'north', label: 'North' },
		{ id: 'south', label: 'South' }
	],
	dimensions: [
		{ id: 'first', label: 'First' },
		{ id: 'then', label: 'Then' }
	],
	claims: [
		{
			id: 'north-trust',
			side: 'north',
			dimension: 'first',
			text: 'Trust first.',
			quotes: ['trust comes first']
		},
		{
			id: 'south-truce',
			side: 'south',
			dimension: 'first',
			text: 'A truce first.',
			quotes: ['a truce comes first']
		},
		{
			id: 'south-nothing',
			side: 'south',
			dimension: 'then',
			text: 'Agreement on nothing.',
			quotes: ['both sides agree on nothing', 'South says']
		},
		{ id: 'writer', dimension: 'first', text: 'Neither will move.', quotes: ['neither will move'] }
	]
});

const urls: ExplorerUrls = {
	modes: { home: '/', explorer: '/e/', present: '/p/', quiz: '/q/', handout: '/h/' },
	share: (view) => `https://standpoint.example/?claim=${view.claims.join(',')}`
};

const anchors = model.claims.flatMap((c) => placed(c).map((a, i) => ({ claim: c, anchor: a, i })));

/** Whether every drawn link of `root` leaves its card's right edge and ends under its mark. */
function linksJoin(root: Element): boolean {
	const svg = root.querySelector('svg.links');
	const paths = [...root.querySelectorAll<SVGPathElement>('svg path[data-claim]')];
	if (!svg || paths.length !== anchors.length) return false;
	const origin = svg.getBoundingClientRect();
	return paths.every((path) => {
		const claim = path.dataset.claim!;
		const n = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
		if (n.length < 4) return false;
		const card = root.querySelector(`li[data-claim="${claim}"]`)!.getBoundingClientRect();
		const ends = [...root.querySelectorAll(`mark[data-claims~="${claim}"]`)].map(
			(m) => m.getClientRects()[0]!
		);
		const [x0, y0, x1, y1] = [n[0]!, n[1]!, n.at(-2)!, n.at(-1)!];
		const fromCard = Math.abs(x0 + origin.left - card.right) <= 2 && y0 + origin.top > card.top;
		const toMark = ends.some(
			(line) =>
				Math.abs(x1 + origin.left - line.left) <= 2 && Math.abs(y1 + origin.top - line.bottom) <= 2
		);
		return fromCard && toMark;
	});
}

beforeEach(async () => {
	await page.viewport(1280, 800);
});

test('renders every claim, marks every quote, and links each claim to its passage', async () => {
	const { container } = await render(Explorer, { model, urls });
	for (const claim of model.claims) {
		await expect.element(page.getByRole('button', { name: claim.text })).toBeVisible();
	}
	for (const { claim, anchor } of anchors) {
		const marks = [
			...container.querySelectorAll<HTMLElement>(`mark[data-claims~="${claim.id}"]`)
		].filter(
			(m) => Number(m.dataset.start) >= anchor.start && Number(m.dataset.start) < anchor.end
		);
		expect(marks.map((m) => m.textContent).join(''), claim.id).toBe(anchor.quote);
	}
	await expect.element(page.getByText('The text gives nothing here')).toBeVisible();
	await expect
		.poll(() => linksJoin(container), { message: 'each link joins its card and its mark' })
		.toBe(true);
});

test('selecting a claim marks its card and tells the page the new view', async () => {
	const views: string[][] = [];
	const { container } = await render(Explorer, {
		model,
		urls,
		onviewchange: (view) => views.push(view.claims)
	});
	await page.getByRole('button', { name: 'Agreement on nothing.' }).click();
	const card = container.querySelector<HTMLElement>('li[data-claim="south-nothing"]')!;
	await expect.element(card).toHaveAttribute('aria-current', 'true');
	expect(views.at(-1)).toEqual(['south-nothing']);
	const mark = container.querySelector<HTMLElement>('mark[data-claims~="south-nothing"]')!;
	await expect.element(mark).toHaveClass(/active/);
});

test('two explorers on one page draw their own links and select independently', async () => {
	const first = await render(Explorer, { model, urls });
	const second = await render(Explorer, { model, urls });
	const [a, b] = [first.container, second.container];
	await expect
		.poll(() => linksJoin(a) && linksJoin(b), { message: 'each draws its own links' })
		.toBe(true);

	const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
	expect(ids.length).toBeGreaterThan(0);
	expect(new Set(ids).size, 'no id is used twice').toBe(ids.length);

	await page.elementLocator(a).getByRole('button', { name: 'Trust first.' }).click();
	await expect
		.element(a.querySelector<HTMLElement>('li[data-claim="north-trust"]')!)
		.toHaveAttribute('aria-current', 'true');
	expect(b.querySelector('li[aria-current]')).toBeNull();
	await page.elementLocator(b).getByRole('button', { name: 'A truce first.' }).click();
	await expect
		.element(b.querySelector<HTMLElement>('li[data-claim="south-truce"]')!)
		.toHaveAttribute('aria-current', 'true');
	expect(
		a.querySelector<HTMLElement>('li[data-claim="north-trust"]')!.getAttribute('aria-current')
	).toBe('true');
	expect(a.querySelectorAll('li[aria-current]')).toHaveLength(1);

	// A passage's mark selects in its own explorer only.
	await page.elementLocator(b.querySelector('mark[data-claims~="writer"]')!).click();
	await expect
		.element(b.querySelector<HTMLElement>('li[data-claim="writer"]')!)
		.toHaveAttribute('aria-current', 'true');
	expect(
		a.querySelector<HTMLElement>('li[data-claim="writer"]')!.getAttribute('aria-current')
	).toBeNull();
});

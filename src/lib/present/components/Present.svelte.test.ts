import { beforeEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import '../../../app.css';
import { modelFrom } from '$lib/model/fixtures';
import { labelsOf } from '$lib/model/labels';
import { claimOf, placed } from '$lib/model/select';
import { Deck } from '../deck.svelte';
import Present from './Present.svelte';

// A comparison written here, over a text written here: nothing from data/.
const model = modelFrom({
	id: 'order',
	title: 'Order of business',
	text: [
		'North says trust comes first. South says a truce comes first.',
		'The writer thinks neither will move. Later, North says the rest can wait.'
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
			id: 'north-wait',
			side: 'north',
			dimension: 'then',
			text: 'The rest waits.',
			quotes: ['the rest can wait']
		},
		{ id: 'writer', dimension: 'first', text: 'Neither will move.', quotes: ['neither will move'] }
	],
	prompts: [{ id: 'why', text: 'Why does the order matter?', dimension: 'first' }]
});
const links = { home: '/', explorer: '/e/', present: '/p/', quiz: '/q/', handout: '/h/' };
const slide = () => document.querySelector<HTMLElement>('section.step:not([hidden])')!;

beforeEach(async () => {
	await page.viewport(1280, 800);
});

test('a row step shows its claims, their quotes marked in the text, and a link to each', async () => {
	const moves: number[] = [];
	const deck = new Deck(model, { onmove: (step) => moves.push(step) });
	await render(Present, { deck, links });
	deck.start(2);
	await expect.element(page.getByText('Step 2 of 4')).toBeVisible();
	await expect.element(page.getByRole('heading', { level: 2, name: 'First' })).toBeVisible();

	const row = model.rows[0]!;
	const onSlide = [...row.cells.flatMap((c) => c.claims), ...row.framing];
	expect(
		[...slide().querySelectorAll('article[data-claim]')].map((a) => a.getAttribute('data-claim'))
	).toEqual(onSlide);
	for (const id of onSlide) {
		const quotes = placed(claimOf(model, id)!).map((a) => a.quote);
		const marks = [...slide().querySelectorAll(`mark[data-claims~="${id}"]`)];
		expect(
			marks.map((m) => m.textContent),
			id
		).toEqual(quotes);
	}
	await expect
		.element(page.elementLocator(slide()).getByText('Why does the order matter?'))
		.toBeVisible();
	await expect
		.poll(() =>
			[...slide().querySelectorAll('path[data-claim]')].map((p) => p.getAttribute('data-claim'))
		)
		.toEqual(onSlide);
	for (const path of slide().querySelectorAll('path[data-claim]')) {
		expect(path.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+C/);
	}
	expect(moves).toEqual([]);
});

test('keys and buttons step through the deck; the author’s framing can be switched off', async () => {
	const moves: number[] = [];
	const deck = new Deck(model, { onmove: (step) => moves.push(step) });
	await render(Present, { deck, links });
	deck.start(1);
	await expect
		.element(page.getByRole('heading', { level: 2, name: 'Order of business' }))
		.toBeVisible();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect.element(page.getByText('Step 2 of 4')).toBeVisible();
	await page.getByRole('button', { name: labelsOf(model).layer }).click();
	await expect.poll(() => slide().querySelector('article[data-claim="writer"]')).toBeNull();
	await expect.poll(() => slide().querySelectorAll('path[data-claim]').length).toBe(2);
	document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
	await expect.element(page.getByRole('heading', { level: 2, name: 'Discussion' })).toBeVisible();
	expect(moves).toEqual([2, 4]);
});

import { expect, test, type Page } from '@playwright/test';
import { presentSteps } from '../src/lib/present/steps';
import { quizItems } from '../src/lib/quiz/quiz';
import { models, sideClaims } from './explorer-data';

// Links as people paste, edit and forward them: out of order, stale, doubled, malformed, padded
// with tracking parameters or far too long. Each page restores what it can, drops the rest,
// rewrites the address to its canonical form once the router runs, and never throws.
test.use({ viewport: { width: 1280, height: 800 } });

/** Every uncaught error and console error on the page, as text. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	return errors;
}

/**
 * A query of about 100 KB. Vite's preview server (like most hosts) refuses a request line that
 * long with 431 before any page loads, so the browser is handed the page the host would serve
 * for it (a static host serves the same file whatever the query) and the app meets the query.
 */
const long = `pad=${'x'.repeat(100_000)}`;
async function serveLongQueries(page: Page) {
	await page.route(
		(url) => url.search.length > 8_000,
		async (route) => {
			const url = new URL(route.request().url());
			route.fulfill({ response: await route.fetch({ url: url.origin + url.pathname }) });
		}
	);
}

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

const selected = (page: Page) =>
	page
		.locator('li[aria-current="true"]')
		.evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.claim));

/** The page's query once it is canonical (polls: the rewrite waits for the router). */
const expectQuery = (page: Page, query: string) =>
	expect.poll(() => new URL(page.url()).search).toBe(query);

for (const model of models) {
	// Two claims, side claims first: a comparison may report a single side with a single claim.
	const [a, b] = [...sideClaims(model), ...model.claims.filter((c) => c.voice.kind !== 'side')].map(
		(c) => c.id
	);
	const explorer = `/c/${model.id}/`;

	test.describe(`${model.id}: explorer`, () => {
		const cases: { name: string; query: string; claims: string[]; canonical: string }[] = [
			{
				name: 'two claims, comma-separated',
				query: `?claim=${a},${b}`,
				claims: [a!, b!],
				canonical: `?claim=${a}%2C${b}`
			},
			{
				name: 'an unknown id among known ones, and a duplicate',
				query: `?claim=no-such-claim,${b},${b}`,
				claims: [b!],
				canonical: `?claim=${b}`
			},
			{ name: 'only an unknown id', query: '?claim=no-such-claim', claims: [], canonical: '' },
			{ name: 'author=2', query: `?author=2&claim=${a}`, claims: [a!], canonical: `?claim=${a}` },
			{ name: 'step=-1', query: '?step=-1', claims: [], canonical: '' },
			{
				name: 'bad percent-encoding',
				query: `?claim=%E0%A4%A,${a}`,
				claims: [a!],
				canonical: `?claim=${a}`
			},
			{
				name: 'extra parameters in any order',
				query: `?utm_source=mail&links=selected&x=<b>&claim=${a}&links=all&timeline=0`,
				claims: [a!],
				canonical: `?claim=${a}&links=selected&timeline=0`
			},
			{
				name: 'a 100 KB query',
				query: `?${long}&claim=${b}`,
				claims: [b!],
				canonical: `?claim=${b}`
			}
		];
		for (const { name, query, claims, canonical } of cases) {
			test(name, async ({ page }) => {
				const errors = watchErrors(page);
				await serveLongQueries(page);
				await open(page, explorer + query);
				await expect(page.getByRole('button', { name: 'All links', exact: true })).toBeVisible();
				await expectQuery(page, canonical);
				// In the page's order, which need not be the link's: only which claims counts.
				expect((await selected(page)).sort()).toEqual([...claims].sort());
				expect(errors).toEqual([]);
			});
		}
	});

	test.describe(`${model.id}: present and quiz`, () => {
		const questions = quizItems(model, 1).length;
		const present: { query: string; step: number | 'last' }[] = [
			{ query: '?step=-1', step: 1 },
			{ query: '?step=abc', step: 1 },
			{ query: '?step=1e3', step: 1 },
			{ query: `?step=${'9'.repeat(400)}`, step: 'last' },
			{ query: '?x=1&step=2&step=3', step: 2 },
			{ query: `?${long}&step=2`, step: 2 }
		];
		for (const { query, step } of present) {
			test(`present ${query.slice(0, 40)}`, async ({ page }) => {
				const errors = watchErrors(page);
				await serveLongQueries(page);
				await open(page, `${explorer}present/${query}`);
				// A row too tall for the screen continues over more steps: the deck says how many.
				const steps = await page.locator('section.step').count();
				expect(steps).toBeGreaterThanOrEqual(presentSteps(model).length);
				const expected = step === 'last' ? steps : step;
				await expect(page.getByText(`Step ${expected} of ${steps}`)).toBeVisible();
				await expectQuery(page, `?step=${expected}`);
				expect(errors).toEqual([]);
			});
		}

		const quiz: { query: string; seed?: string; q: number }[] = [
			{ query: '?seed=abc&q=-4', q: 1 },
			{ query: `?seed=${'9'.repeat(400)}&q=2`, q: 2 },
			{ query: '?seed=7&q=1e9', seed: '7', q: 1 },
			{ query: `?seed=7&q=${'9'.repeat(400)}`, seed: '7', q: questions + 1 },
			{ query: `?${long}&seed=7&q=2&seed=8`, seed: '7', q: 2 }
		];
		for (const { query, seed, q } of quiz) {
			test(`quiz ${query.slice(0, 40)}`, async ({ page }) => {
				const errors = watchErrors(page);
				await serveLongQueries(page);
				await open(page, `${explorer}quiz/${query}`);
				const shown =
					q > questions
						? page.getByRole('heading', { name: /^Score:/ })
						: page.getByText(`Question ${q} of ${questions}`);
				await expect(shown).toBeVisible();
				await expect.poll(() => new URL(page.url()).search).toMatch(/^\?seed=\d+&q=\d+$/);
				const params = new URL(page.url()).searchParams;
				if (seed) expect(params.get('seed')).toBe(seed);
				expect(params.get('q')).toBe(String(q));
				expect(errors).toEqual([]);
			});
		}
	});
}

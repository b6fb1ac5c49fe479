import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { models, quotesOf, sideClaims } from './explorer-data';
import { hydrated } from './hydrated';

/** Axe's violations as short lines, so a failure names the rule and the elements. */
async function violations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

const pages = ['/', ...models.map((m) => `/c/${m.id}/`)];

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test.describe(`${viewport.width} px`, () => {
		test.use({ viewport });
		for (const path of pages) {
			test(`axe finds no violations on ${path}`, async ({ page }) => {
				await page.goto(path);
				await page.evaluate(() => document.fonts.ready);
				expect(await violations(page)).toEqual([]);
			});
		}
	});
}

test.describe('with a claim selected and the author layer hidden', () => {
	test.use({ viewport: { width: 1280, height: 800 } });
	test('axe finds no violations', async ({ page }) => {
		const model = models[0]!;
		await page.goto(`/c/${model.id}/?claim=${sideClaims(model)[0]!.id}&author=0`);
		await expect(page.locator('li[aria-current="true"]')).toHaveCount(1);
		expect(await violations(page)).toEqual([]);
	});
});

test('each claim tells a screen reader its side, its dimension and its passage', async ({
	page
}) => {
	const model = models.find((m) => m.layout === 'grid') ?? models[0]!;
	await page.goto(`/c/${model.id}/`);
	for (const claim of sideClaims(model)) {
		const side = model.sides[claim.voice.kind === 'side' ? claim.voice.side : -1]!;
		const dimension = model.rows.find((r) => r.id === claim.dimension)?.label;
		const button = page.locator(`li[data-claim="${claim.id}"]`).getByRole('button');
		await expect(button).toHaveAccessibleName(claim.text);
		const description = `${side.label}, side ${side.letter}.${dimension ? ` ${dimension}.` : ''}`;
		await expect(button).toHaveAccessibleDescription(
			new RegExp(`^${escape(description)}.* Passage: ${escape(quotesOf(claim)[0]!.quote)}`)
		);
	}
});

test('motion: smooth scrolling gives way to instant jumps when reduced motion is asked for', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.setViewportSize({ width: 1280, height: 800 });
	const model = models[0]!;
	const claim = sideClaims(model).at(-1)!;
	await page.goto(`/c/${model.id}/`);
	await hydrated(page);
	const mark = page.locator(`#t${quotesOf(claim)[0]!.target}`);
	await page.locator(`li[data-claim="${claim.id}"]`).getByRole('button').click();
	// Without smooth scrolling the passage is in view at once, not after an animation.
	expect(
		await mark.evaluate((el) => {
			const pane = el.closest('[data-pane]')!.getBoundingClientRect();
			const r = el.getBoundingClientRect();
			return r.top >= pane.top && r.bottom <= pane.bottom;
		})
	).toBe(true);
	const duration = await page
		.locator('li[data-claim]')
		.first()
		.evaluate((el) => getComputedStyle(el).transitionDuration);
	expect(duration.split(',').every((d) => parseFloat(d) < 0.001)).toBe(true);
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import { expect, test } from '@playwright/test';
import { models, quotesOf, sideClaims, sourceText } from './explorer-data';
import { hydrated } from './hydrated';

const url = (id: string) => `/c/${id}/`;

for (const viewport of [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'tablet in portrait', width: 768, height: 1024 }
]) {
	test.describe(`${viewport.name} (${viewport.width} px)`, () => {
		test.use({ viewport });

		for (const model of models) {
			test(`${model.id}: stacked, every claim quotes its passage, nothing scrolls sideways`, async ({
				page
			}) => {
				await page.goto(url(model.id));
				await hydrated(page);
				expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(
					true
				);
				await expect(page.locator('svg path[data-claim]')).toHaveCount(0);
				for (const claim of model.claims) {
					const card = page.locator(`li[data-claim="${claim.id}"]`);
					await expect(card.locator('blockquote')).toHaveText(quotesOf(claim).map((q) => q.quote));
					await expect(card.getByRole('link', { name: 'Show in the article' })).toHaveCount(
						quotesOf(claim).length
					);
				}
				// The article follows the claims, below them.
				const lastCard = await page.locator('li[data-claim]').last().boundingBox();
				const article = await page.getByRole('heading', { name: 'The article' }).boundingBox();
				expect(article!.y).toBeGreaterThan(lastCard!.y);
			});
		}

		for (const model of models) {
			test(`${model.id}: the "Export image" panel opens on screen`, async ({ page }) => {
				await page.goto(url(model.id));
				await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
				const trigger = page.getByRole('button', { name: 'Export image' });
				await trigger.click();
				const panel = page.getByRole('dialog', { name: 'Export as an image' });
				await expect(panel).toBeVisible();
				const box = (await panel.boundingBox())!;
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
			});
		}

		test('"Show in the article" scrolls to the marked passage, and Enter comes back', async ({
			page
		}) => {
			const model = models[0]!;
			const claim = sideClaims(model)[0]!;
			await page.goto(url(model.id));
			await hydrated(page);
			const card = page.locator(`li[data-claim="${claim.id}"]`);
			await card.getByRole('link', { name: 'Show in the article' }).first().click();
			const mark = page.locator(`#t${quotesOf(claim)[0]!.target}`);
			await expect(mark).toBeFocused();
			await expect(mark).toBeInViewport();
			await expect(card).not.toBeInViewport();
			await expect(card).toHaveAttribute('aria-current', 'true');
			await page.keyboard.press('Enter');
			await expect(card.getByRole('button')).toBeFocused();
			await expect(card).toBeInViewport();
		});
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });

	for (const model of models) {
		test(`${model.id}: the prerendered page shows every claim with its quoted passage`, async ({
			page
		}) => {
			await page.goto(url(model.id));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(model.title);
			await expect(page.locator('li[data-claim]')).toHaveCount(model.claims.length);
			for (const claim of model.claims) {
				const card = page.locator(`li[data-claim="${claim.id}"]`);
				await expect(card.getByRole('button')).toHaveText(claim.text);
				await expect(card.locator('blockquote')).toHaveText(quotesOf(claim).map((q) => q.quote));
				for (const quote of quotesOf(claim)) {
					await expect(page.locator(`mark#t${quote.target}`)).toHaveAttribute(
						'data-claims',
						new RegExp(`(^| )${claim.id}( |$)`)
					);
				}
			}
			await expect(page.locator('svg path[data-claim]')).toHaveCount(0);
			await expect(page.getByRole('button', { name: 'All links', exact: true })).toHaveCount(0);
		});
	}

	test('the article is reproduced exactly, passage by passage', async ({ page }) => {
		const model = models[0]!;
		await page.goto(url(model.id));
		const passages = await page.locator('[data-source-text] > p').allTextContents();
		const text = sourceText(model.id);
		expect(passages).toEqual(
			text
				.split('\n')
				.map((line) => line.trim())
				.filter(Boolean)
		);
	});
});

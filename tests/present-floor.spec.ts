// Present mode on a 1920 × 1080 projector, over every comparison in data/: claim text never below
// 28 px on any step, and a row too tall for that continues on the next step instead of shrinking.
// Claim text is a card's own paragraph; the voice badge inside an account card is a label.
import { expect, test } from '@playwright/test';
import { models } from './explorer-data';
import { hydrated } from './hydrated';

test.use({ viewport: { width: 1920, height: 1080 } });

for (const model of models) {
	test(`${model.id}: every step sets claim text at 28 px or more and fits its screen`, async ({
		page
	}) => {
		await page.goto(`/c/${model.id}/present/`);
		await hydrated(page);
		await page.evaluate(() => document.fonts.ready);
		const count = await page.locator('section.step').count();
		await expect(page.getByText(`Step 1 of ${count}`)).toBeVisible();
		const shown = new Set<string>();
		for (let n = 1; n <= count; n++) {
			if (n > 1) await page.keyboard.press('ArrowRight');
			await expect(page.getByText(`Step ${n} of ${count}`)).toBeVisible();
			const slide = page.locator('section.step:not([hidden])');
			// Let the step's type settle: it fits itself to the screen after each resize.
			await page.waitForTimeout(100);
			const measured = await slide.evaluate((section) => ({
				sizes: [...section.querySelectorAll('.claim > .text')].map((el) =>
					parseFloat(getComputedStyle(el).fontSize)
				),
				ids: [...section.querySelectorAll('.claim[data-claim]')].map(
					(el) => (el as HTMLElement).dataset.claim!
				),
				overflow: section.scrollHeight - section.clientHeight
			}));
			for (const size of measured.sizes) expect(size, `step ${n}`).toBeGreaterThanOrEqual(28);
			expect(measured.overflow, `step ${n} overflows`).toBeLessThanOrEqual(1);
			for (const id of measured.ids) shown.add(id);
		}
		// Continuing rows over several steps loses no claim.
		for (const claim of model.claims) expect(shown.has(claim.id), claim.id).toBe(true);
	});
}

test('a deep link opens the same step at the same screen size, however often it is opened', async ({
	page
}) => {
	for (const model of models) {
		await page.goto(`/c/${model.id}/present/?step=3`);
		await hydrated(page);
		const first = await page.locator('section.step:not([hidden]) h2').textContent();
		await page.reload();
		await hydrated(page);
		await expect(page.locator('section.step:not([hidden]) h2')).toHaveText(first!);
	}
});

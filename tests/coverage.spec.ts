import { expect, test } from '@playwright/test';
import { coverage } from '../src/lib/model/coverage';
import { models } from './explorer-data';
import { hydrated } from './hydrated';

// The explorer's coverage strip against the coverage computed here from the same data: one band
// per paragraph, the sides and the author that cite it, and the paragraphs no claim cites.
const strip = 'nav[aria-label^="What did we leave out?"]';

for (const model of models) {
	test(`${model.id}: the coverage strip's bands are the paragraphs each side cites`, async ({
		page
	}) => {
		await page.goto(`/c/${model.id}/`);
		const bands = await page.locator(`${strip} button`).evaluateAll((buttons) =>
			buttons.map((b) => ({
				passage: (b as HTMLElement).dataset.passage,
				sides: (b as HTMLElement).dataset.sides,
				author: (b as HTMLElement).dataset.author !== undefined,
				uncited: b.classList.contains('uncited')
			}))
		);
		expect(bands).toEqual(
			coverage(model).map((c) => ({
				passage: c.passage,
				sides: c.sides.join(' '),
				author: c.author,
				uncited: c.claims.length === 0
			}))
		);
	});
}

test('a band takes you to its paragraph, from the mouse and from the keyboard', async ({
	page
}) => {
	const model = models.find((m) => m.passages.length >= 3)!;
	await page.setViewportSize({ width: 1440, height: 800 });
	await page.goto(`/c/${model.id}/`);
	await hydrated(page);
	const last = model.passages.at(-1)!;
	const paragraph = page.locator(`[id="${last.id}"]`);
	await expect(paragraph).not.toBeInViewport();
	await page.locator(`${strip} button[data-passage="${last.id}"]`).click();
	await expect(paragraph).toBeInViewport();

	const first = page.locator(`${strip} button`).first();
	await first.click();
	await expect(page.locator(`[id="${model.passages[0]!.id}"]`)).toBeInViewport();
	await page.keyboard.press('End');
	await expect(page.locator(`${strip} button`).last()).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(paragraph).toBeInViewport();
	await expect(page.locator(`${strip} button`).last()).toHaveAttribute(
		'aria-label',
		new RegExp(`^Paragraph ${model.passages.length} of ${model.passages.length}: `)
	);
});

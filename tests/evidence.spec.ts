import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { evidenceItems, verdictText } from '../src/lib/evidence/evidence';
import { answerByKeyboard, drag, open, playByMouse, wants } from './evidence-flow';
import { models } from './explorer-data';
import { hydrated } from './hydrated';

// "Find the evidence" played through by a student, over every comparison in data/: real mouse
// selections dragged across the article's words, and a whole round from the keyboard alone.
const SEED = 3;

for (const model of models) {
	test(`a student finds the evidence for every claim of ${model.id} with the mouse`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		await page.setViewportSize({ width: 1280, height: 1000 });
		await open(page, `/c/${model.id}/evidence/?seed=${SEED}&q=1`);
		await playByMouse(page, model, evidenceItems(model, SEED));
	});
}

test('a student answers from the keyboard alone: right, close and not there', async ({ page }) => {
	const model = models.find((m) => evidenceItems(m, SEED).length >= 3)!;
	const items = evidenceItems(model, SEED).slice(0, 3);
	await open(page, `/c/${model.id}/evidence/?seed=${SEED}&q=1`);
	for (const [i, item] of items.entries()) {
		const expected = await answerByKeyboard(page, model, item, wants[i]!);
		await expect(page.locator('.verdict')).toHaveClass(new RegExp(`\\b${expected}\\b`));
		if (expected === 'close') {
			await expect(page.locator('.verdict')).toHaveText(
				verdictText({ kind: 'close', look: 'earlier' })
			);
		}
		await expect(page.getByRole('button', { name: /Next question|See the score/ })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByText(`Question ${i + 2} of`)).toBeVisible();
	}
});

test('each question has its own link, and the order follows the seed', async ({ page }) => {
	const model = models.find((m) => evidenceItems(m, SEED).length >= 2)!;
	const items = evidenceItems(model, SEED);
	await open(page, `/c/${model.id}/evidence/?seed=${SEED}&q=2`);
	await expect(page.locator('.paraphrase').first()).toHaveText(items[1]!.claim.text);
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(page).toHaveURL(new RegExp(`\\?seed=${SEED}&q=3$`));
});

test('the prerendered page lists every question as text and says selecting needs JavaScript', async ({
	request
}) => {
	for (const model of models) {
		const html = await (await request.get(`/c/${model.id}/evidence/`)).text();
		expect(html).toContain('Selecting words in the article needs JavaScript');
		for (const item of evidenceItems(model, 1)) {
			expect(html, item.claim.id).toContain(escapeHtml(item.claim.text));
		}
	}
});

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

for (const model of models) {
	test(`${model.id}: the evidence page is reached from the mode bar, and axe finds nothing there`, async ({
		page
	}) => {
		await open(page, `/c/${model.id}/quiz/`);
		await page.getByRole('link', { name: 'Find the evidence' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find the evidence');
		await hydrated(page);
		const item = evidenceItems(model, 1)[0]!;
		await open(page, `/c/${model.id}/evidence/?seed=1&q=1`);
		await drag(page, item.anchors[0]!);
		await page.getByRole('button', { name: 'Check my selection' }).click();
		await expect(page.locator('.verdict')).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
	});
}

test('a draft’s evidence page works too', async ({ page }) => {
	const model = models[0]!;
	await open(page, `/c/${model.id}/`);
	await page.getByRole('link', { name: 'Use as a template' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
	// The address takes the draft's id just after the first save says so: wait for it.
	await expect(page).toHaveURL(/\/edit\/\?draft=[a-z0-9]+$/);
	const id = new URL(page.url()).searchParams.get('draft')!;
	await open(page, `/draft/evidence/?id=${id}&seed=${SEED}&q=1`);
	const [item] = evidenceItems(model, SEED);
	await expect(page.locator('.paraphrase').first()).toHaveText(item!.claim.text);
	await drag(page, item!.anchors[0]!);
	await page.getByRole('button', { name: 'Check my selection' }).click();
	await expect(page.locator('.verdict')).toHaveClass(/\bright\b/);
	await expect(page.getByRole('link', { name: 'Find the evidence' })).toHaveAttribute(
		'href',
		new RegExp(`/draft/evidence/\\?id=${id}$`)
	);
});

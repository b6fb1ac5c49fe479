import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { article, claim, claimList, drag, frame, open, preview, saved, text } from './editor-flow';

// Each test here walks a whole authoring flow through the UI; on a loaded machine that takes long.
test.describe.configure({ timeout: 120_000 });

test('a comparison made through the editor with mouse selections, in all three voices, shows in every mode', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 1000 });
	await frame(page);
	await claim(
		page,
		'teenagers who start later sleep longer',
		'Parents',
		'Later starts mean more sleep.',
		'Health',
		'According to Maria Ortiz'
	);
	await claim(
		page,
		'miss fewer classes',
		'Parents',
		'Students would miss fewer classes.',
		'Health',
		'According to Maria Ortiz'
	);
	await claim(
		page,
		'later start would cost an extra $400,000 a year',
		'District',
		'Buses would cost more each year.',
		'Cost',
		'The bus company says'
	);
	await claim(
		page,
		'the savings in absences would pay for the buses',
		'Parents',
		'Fewer absences would pay for it.',
		'Cost',
		'The parents, however, say'
	);
	await claim(
		page,
		'practice times for sports would have to move',
		'District',
		'Sports practice would move.',
		'Health',
		'Superintendent Lee argues'
	);
	await claim(
		page,
		'calmer morning for their children',
		'The author’s account of Parents',
		'Parents want calmer mornings.',
		'Health'
	);
	await claim(
		page,
		'familiar fight',
		'The author’s framing',
		'The town has avoided the question.',
		'Cost'
	);
	await saved(page);

	// Nothing left to fix, and the preview draws one link per passage, ending at its mark.
	await expect(page.locator('[data-problems] .problem')).toHaveCount(0);
	const links = preview(page).locator('svg path[data-claim]');
	await expect(links).toHaveCount(7);
	for (const path of await links.all()) {
		const id = await path.getAttribute('data-claim');
		await expect
			.poll(() =>
				path.evaluate((path, id) => {
					const root = path.closest('section')!;
					const marks = [...root.querySelectorAll(`[data-claims~="${id}"]`)];
					root.querySelector(`li[data-claim="${id}"]`)?.scrollIntoView({ block: 'center' });
					marks[0]?.scrollIntoView({ block: 'center' });
					const svg = path.closest('svg')!.getBoundingClientRect();
					const n = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
					if (n.length < 2) return false;
					const end = { x: n.at(-2)! + svg.left, y: n.at(-1)! + svg.top };
					return marks.some((mark) => {
						const line = mark.getClientRects()[0]!;
						return Math.abs(end.x - line.left) <= 2 && Math.abs(end.y - line.bottom) <= 2;
					});
				}, id)
			)
			.toBe(true);
	}

	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('A later school day');
	await expect(claimList(page)).toHaveCount(7);
	await expect(preview(page).locator('svg path[data-claim]')).toHaveCount(7);

	// Taken out of the editor as the site's comparison file, and as a share link that opens it.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download comparison file' }).click();
	const file = await download;
	const id = new URL(page.url()).searchParams.get('draft')!;
	expect(file.suggestedFilename()).toBe(`${id}.standpoint.json`);
	const saved_ = JSON.parse(readFileSync(await file.path(), 'utf8'));
	expect(saved_.comparison.claims).toHaveLength(7);
	expect(saved_.source.text).toBe(text);
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.getByRole('button', { name: 'Copy share link' }).click();
	await expect(page.getByText(/^Link copied \(/)).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(link).pathname).toBe('/open/');
	await open(page, link);
	await expect(page.getByRole('heading', { name: 'A later school day' })).toBeVisible();
	await expect(page.locator('svg path[data-claim]')).toHaveCount(7);

	for (const mode of ['present/', 'quiz/', 'handout/', '']) {
		await open(page, `/draft/${mode}?id=${id}`);
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect(page.getByText('A later school day').first()).toBeVisible();
		await expect(page.getByLabel('Problems in this draft')).toHaveCount(0);
	}
});

test('a claim made with the keyboard only', async ({ page }) => {
	await frame(page);
	await page.getByText('Select words with the keyboard').focus();
	await page.keyboard.press('Enter');
	const field = page.getByLabel('The text, to select words with the keyboard');
	await page.keyboard.press('Tab');
	await expect(field).toBeFocused();
	const start = text.indexOf('the savings');
	await page.keyboard.press('Control+Home');
	// Word by word to near the words, then letter by letter: the caret's own way, fewer keys.
	const caret = () => field.evaluate((f) => (f as HTMLTextAreaElement).selectionStart);
	while ((await caret()) < start - 12) await page.keyboard.press('Control+ArrowRight');
	while ((await caret()) < start) await page.keyboard.press('ArrowRight');
	for (let i = 0; i < 'the savings in absences'.length - 2; i++) {
		await page.keyboard.press('Shift+ArrowRight');
	}
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Parents', exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	const form = page.locator('section[data-claim]');
	await expect(form.locator('q')).toHaveText('the savings in absences');
	await expect(form.getByLabel('Paraphrase')).toBeFocused();
	await page.keyboard.type('Savings from fewer absences.');
	await expect(form.getByLabel('Attribution')).toHaveValue('The parents, however, say');
	await saved(page);
	await expect(claimList(page)).toHaveCount(1);

	// Moved to another cell from its menu, the keyboard's way of moving a claim.
	const claims = page.getByRole('region', { name: /^Claims \(/ });
	await expect(claims.locator('h3')).toHaveText(['Health']);
	await claimList(page).getByRole('combobox', { name: /^Move/ }).selectOption({ label: 'Cost' });
	await expect(claims.locator('h3')).toHaveText(['Cost']);
	await expect(claimList(page)).toHaveCount(1);
});

test('problems show beside their fields in plain words, and axe finds nothing', async ({
	page
}) => {
	await open(page, '/edit/');
	await saved(page);
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	await frame(page);
	await expect(page.locator('[data-field="sides[0].label"]')).not.toContainText('is empty');
	await page.getByLabel('Side 1: label').fill('');
	await expect(page.locator('[data-field="sides[0].label"]')).toContainText('is empty');
	await expect(page.locator('body')).not.toContainText('Expected never');
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	await drag(page, 'familiar fight');
	await expect(page.getByRole('toolbar')).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('editing the text later: every passage is found again, a changed one is confirmed, a lost one selected again', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 1000 });
	const typo = text.replace('sleep longer', 'sleeb longer');
	await frame(page, typo);
	const cited = [
		['teenagers who start later sleeb longer', 'Later starts mean more sleep.'],
		['the savings in absences would pay', 'Fewer absences would pay for it.'],
		['practice times for sports', 'Sports practice would move.']
	];
	for (const [words, paraphrase] of cited)
		await claim(page, words!, 'Parents', paraphrase!, 'Health');
	await saved(page);

	const deleted = 'The parents, however, say the savings in absences would pay for the buses.\n\n';
	const corrected = typo.replace('sleeb longer', 'sleep longer').replace(deleted, '');
	await page.getByRole('button', { name: 'Edit the text' }).click();
	await page.getByLabel('The corrected text').fill(corrected);
	await page.getByRole('button', { name: 'Use the corrected text' }).click();

	const checks = page.getByRole('region', { name: 'Passages after the edit' }).locator('li');
	await expect(checks).toHaveCount(3);
	await expect(checks.nth(0)).toHaveAttribute('data-passage-status', 'fuzzy');
	await expect(checks.nth(0)).toContainText(/changed \(9\d% the same\)/);
	await expect(checks.nth(1)).toHaveAttribute('data-passage-status', 'orphaned');
	await expect(checks.nth(1)).toContainText('not found');
	await expect(checks.nth(2)).toHaveAttribute('data-passage-status', 'moved');

	// Nothing points at a wrong place: the lost passage draws no link, the others end on their words.
	const ids = await claimList(page).evaluateAll((items) => items.map((i) => i.dataset.claim!));
	await expect(preview(page).locator(`svg path[data-claim="${ids[1]}"]`)).toHaveCount(0);
	await expect(preview(page).locator(`[data-claims~="${ids[1]}"]`)).toHaveCount(0);
	await expect(preview(page).locator(`[data-claims~="${ids[2]}"]`).first()).toHaveText(
		'practice times for sports'
	);

	await checks
		.nth(0)
		.getByRole('button', { name: /^Confirm/ })
		.click();
	await expect(checks.nth(0)).toContainText('confirmed');
	await expect(preview(page).locator(`[data-claims~="${ids[0]}"]`).first()).toHaveText(
		'teenagers who start later sleep longer'
	);

	await checks.nth(1).getByRole('button', { name: 'Select it again' }).click();
	await drag(page, 'would cost an extra');
	await page.getByRole('button', { name: 'Put the passage here' }).click();
	await expect(checks.nth(1)).toContainText('selected again');
	await expect(preview(page).locator(`[data-claims~="${ids[1]}"]`).first()).toHaveText(
		'would cost an extra'
	);
	await saved(page);

	// Undone, the text and every passage are as they were before the edit.
	for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Undo' }).click();
	await expect(article(page)).toContainText('sleeb longer');
	await expect(article(page)).toContainText('the savings in absences');
	await page.getByRole('button', { name: 'Redo' }).click();
	await expect(article(page)).toContainText('sleep longer');
	await page.getByRole('button', { name: 'Close this list' }).click();
	await expect(page.getByRole('region', { name: 'Passages to place again' })).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

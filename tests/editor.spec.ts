import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// A text of the test's own, so the editor is tried on words no comparison in data/ has.
const text = [
	'Riverton weighs a later school day',
	'The school board will vote in May on whether to start the high school day at 9:00 instead of 7:45.',
	'According to Maria Ortiz, teenagers who start later sleep longer and miss fewer classes.',
	'The bus company says later start would cost an extra $400,000 a year in drivers.',
	'The parents, however, say the savings in absences would pay for the buses.',
	'Superintendent Lee argues that practice times for sports would have to move.',
	'What the parents want most is a calmer morning for their children.',
	'It is a familiar fight, and one the town has dodged for a decade.'
].join('\n\n');

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

const saved = (page: Page) =>
	expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();

const article = (page: Page) => page.getByRole('region', { name: /^The text: select words/ });
const claimList = (page: Page) =>
	page.getByRole('region', { name: /^Claims \(/ }).locator('li[data-claim]');
const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });

/**
 * Selects `words` in the article with the mouse: pressed inside its first word, released inside
 * its last, so the editor has to snap the selection to whole words.
 */
async function drag(page: Page, words: string) {
	const ends = await article(page).evaluate((root, words) => {
		const line = [...root.querySelectorAll('p')].find((p) => p.textContent!.includes(words))!;
		line.scrollIntoView({ block: 'center' });
		const node = line.firstChild!;
		const at = line.textContent!.indexOf(words);
		const box = (i: number) => {
			const range = new Range();
			range.setStart(node, i);
			range.setEnd(node, i + 1);
			return range.getBoundingClientRect();
		};
		const first = box(at + 1);
		const last = box(at + words.length - 2);
		return {
			from: { x: first.left + 1, y: first.top + first.height / 2 },
			to: { x: last.right - 1, y: last.top + last.height / 2 }
		};
	}, words);
	await page.mouse.move(ends.from.x, ends.from.y);
	await page.mouse.down();
	await page.mouse.move(ends.to.x, ends.to.y, { steps: 8 });
	await page.mouse.up();
}

/** Makes a claim by mouse: selects the words, picks the voice, writes the paraphrase and row. */
async function claim(
	page: Page,
	words: string,
	voice: string,
	paraphrase: string,
	row: string,
	attribution?: string
) {
	await drag(page, words);
	const bar = page.getByRole('toolbar', { name: 'Who says the selected words?' });
	await bar.getByRole('button', { name: voice, exact: true }).click();
	const form = page.locator('section[data-claim]');
	await expect(form.locator('q')).toHaveText(words);
	if (attribution) await expect(form.getByLabel('Attribution')).toHaveValue(attribution);
	await form.getByLabel('Paraphrase').fill(paraphrase);
	await form.getByLabel('Row', { exact: true }).selectOption({ label: row });
	await form.getByRole('button', { name: 'Done' }).click();
}

async function frame(page: Page) {
	await open(page, '/edit/');
	await saved(page);
	await page.getByLabel('Paste the text of the article').fill(text);
	await page.getByRole('button', { name: 'Use this text' }).click();
	await page.getByLabel('Publication').fill('Riverton Courier');
	await page.getByLabel('Date').fill('2025-04-14');
	await expect(page.getByLabel('Citation')).toHaveValue('Riverton Courier, April 14, 2025');
	await page.getByRole('textbox', { name: 'Title' }).fill('A later school day');
	await page.getByLabel('Framing question').fill('Should the high school start later?');
	await page.getByRole('button', { name: 'Add a side' }).click();
	await page.getByRole('button', { name: 'Add a side' }).click();
	await page.getByLabel('Side 1: label').fill('Parents');
	await page.getByLabel('Side 1: who they are').fill('The parents’ group led by Maria Ortiz');
	await page.getByLabel('Side 2: label').fill('District');
	await page.getByLabel('Side 2: who they are').fill('The bus company and the superintendent');
	await page.getByRole('button', { name: 'Add a row' }).click();
	await page.getByRole('button', { name: 'Add a row' }).click();
	await page.getByLabel('Row 1', { exact: true }).fill('Health');
	await page.getByLabel('Row 2', { exact: true }).fill('Cost');
}

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

	const id = new URL(page.url()).searchParams.get('draft')!;
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
	for (let i = 0; i < start; i++) await page.keyboard.press('ArrowRight');
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

// The editor's authoring flow as a person goes through it, shared by the specs that make a
// comparison in the browser first.
import { expect, type Page } from '@playwright/test';

// A text of the test's own, so the editor is tried on words no comparison in data/ has.
export const text = [
	'Riverton weighs a later school day',
	'The school board will vote in May on whether to start the high school day at 9:00 instead of 7:45.',
	'According to Maria Ortiz, teenagers who start later sleep longer and miss fewer classes.',
	'The bus company says later start would cost an extra $400,000 a year in drivers.',
	'The parents, however, say the savings in absences would pay for the buses.',
	'Superintendent Lee argues that practice times for sports would have to move.',
	'What the parents want most is a calmer morning for their children.',
	'It is a familiar fight, and one the town has dodged for a decade.'
].join('\n\n');

/** Opens a page and waits until it has hydrated. */
export async function open(page: Page, path: string) {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** The editor says the draft is saved. */
export const saved = (page: Page) =>
	expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();

export const article = (page: Page) =>
	page.getByRole('region', { name: /^The text: select words/ });
export const claimList = (page: Page) =>
	page.getByRole('region', { name: /^Claims \(/ }).locator('li[data-claim]');
export const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });

/**
 * Selects `words` in the article with the mouse: pressed inside its first word, released inside
 * its last, so the editor has to snap the selection to whole words.
 */
export async function drag(page: Page, words: string) {
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
export async function claim(
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

/** Opens a new draft, gives it the text, its source, title, question, two sides and two rows. */
export async function frame(page: Page, body = text) {
	await open(page, '/edit/');
	await saved(page);
	await page.getByLabel('Paste the text of the article').fill(body);
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

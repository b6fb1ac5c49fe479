import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { evidenceItems } from '../src/lib/evidence/evidence';
import { buildModel } from '../src/lib/model/build';
import type { ComparisonModel } from '../src/lib/model/types';
import { toSource } from '../src/lib/transfer/file';
import { StandpointFileSchema } from '../src/lib/transfer/schema';
import * as v from 'valibot';
import { claim, frame, preview, saved, text } from './editor-flow';
import { answerByKeyboard, open, playByMouse } from './evidence-flow';

// The classroom's checks on a comparison made in the editor, with a text of the test's own: the
// per-row hint of what the text may have for an empty side, the preview's coverage strip, and
// "Find the evidence" played on the draft.
test.describe.configure({ timeout: 180_000 });
const SEED = 3;

const hints = (page: Page, row: number) =>
	page.getByRole('list', { name: `Empty sides on row ${row}` }).locator('li');
/** The preview's coverage band of the paragraph that holds `words`. */
const band = (page: Page, words: string) =>
	preview(page)
		.locator('nav.coverage button')
		.nth(text.split('\n\n').findIndex((p) => p.includes(words)));

/** The draft's model, built in the test from the comparison file the editor downloads. */
async function draftModel(page: Page): Promise<ComparisonModel> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download comparison file' }).click();
	const file = v.parse(
		StandpointFileSchema,
		JSON.parse(readFileSync((await (await download).path())!, 'utf8'))
	);
	return buildModel(file.comparison, toSource(file.source));
}

/** The editor's frame with one claim in each of its two rows: the parents on health, the district on cost. */
async function twoRows(page: Page) {
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
		'later start would cost an extra $400,000 a year',
		'District',
		'Buses would cost more each year.',
		'Cost',
		'The bus company says'
	);
}

test('a row’s empty side hints at what the text may have, goes to it, and the hint goes once the claim is made', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 1000 });
	await twoRows(page);

	// Health: the district's reporting words ("the bus company") lead only to a cited sentence.
	await expect(hints(page, 1)).toHaveCount(1);
	await expect(hints(page, 1)).toHaveAttribute('data-row-hint', 'nothing');
	await expect(hints(page, 1)).toHaveText('District: the text gives nothing here');
	// Cost: the parents are reported in a sentence no claim cites.
	await expect(hints(page, 2)).toHaveCount(1);
	await expect(hints(page, 2)).toHaveAttribute('data-row-hint', 'omission');
	await expect(hints(page, 2)).toContainText(
		'Parents: the text may have something here: “The parents, however, say the savings in absences…”, near “The parents, however, say”'
	);
	const omitted = 'The parents, however, say';
	await expect(band(page, omitted)).toHaveClass(/\buncited\b/);
	await expect(band(page, 'Maria Ortiz')).toHaveAttribute('data-sides', '0');

	await hints(page, 2).getByRole('button', { name: 'Go to the passage for Parents' }).click();
	const bar = page.getByRole('toolbar', { name: 'Who says the selected words?' });
	await expect(bar.getByRole('button', { name: 'Parents', exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	const form = page.locator('section[data-claim]');
	await expect(form.locator('q')).toHaveText(
		'The parents, however, say the savings in absences would pay for the buses.'
	);
	const row = form.getByLabel('Row', { exact: true });
	await expect(row.locator('option:checked')).toHaveText('Cost');
	await form.getByLabel('Paraphrase').fill('Fewer absences would pay for it.');
	await form.getByRole('button', { name: 'Done' }).click();
	await saved(page);

	await expect(hints(page, 2)).toHaveCount(0);
	await expect(hints(page, 1)).toHaveText('District: the text gives nothing here');
	// The preview's strip follows: the paragraph is cited by the parents now.
	await expect(band(page, omitted)).toHaveAttribute('data-sides', '0');
	await expect(band(page, omitted)).not.toHaveClass(/\buncited\b/);
});

test('a student finds the evidence in a comparison made in the editor, by mouse and by keyboard', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 1000 });
	await twoRows(page);
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
		'familiar fight, and one the town has dodged',
		'The author’s framing',
		'The town has avoided the question.',
		'Cost'
	);
	await saved(page);
	const model = await draftModel(page);
	await expect(page).toHaveURL(/\/edit\/\?draft=[a-z0-9]+$/);
	const id = new URL(page.url()).searchParams.get('draft')!;
	const items = evidenceItems(model, SEED);
	expect(items).toHaveLength(4);
	expect(items.some((i) => i.claim.voice.kind === 'framing')).toBe(true);

	await open(page, `/draft/evidence/?id=${id}&seed=${SEED}&q=1`);
	await playByMouse(page, model, items);

	// One question from the keyboard alone: the sentence cursor onto the anchor's sentences.
	await open(page, `/draft/evidence/?id=${id}&seed=${SEED}&q=1`);
	expect(await answerByKeyboard(page, model, items[0]!, 'right')).toBe('right');
	await expect(page.locator('.verdict')).toHaveClass(/\bright\b/);
	await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
});

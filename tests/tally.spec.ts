import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tallyChoices } from '../src/lib/tally/tally';
import { models } from './explorer-data';
import { hydrated } from './hydrated';
import { readPdf } from './pdf';

// "Where does the class stand?": the teacher keys in a show of hands on present's first slide
// and again on its last; the last slide and the printed handout show the before/after chart,
// and all of it is still there after a reload.
const model = models[0]!;
const choices = tallyChoices(model);
/** A different count for every choice and phase, so a mix-up shows. */
const count = (i: number, phase: 'before' | 'after') => (phase === 'before' ? 3 + i : 10 - i);
const summary = choices
	.map((c, i) => `${c.label}: ${count(i, 'before')} before, ${count(i, 'after')} after`)
	.join('; ');

async function open(page: Page, path: string) {
	await page.goto(path);
	await hydrated(page);
}

const slide = (page: Page) => page.locator('section.step:not([hidden])');

async function key(page: Page, phase: 'before' | 'after', of = choices) {
	const fieldset = slide(page).locator(`[data-tally="${phase}"]`);
	// Folded until a hand is counted.
	await expect(fieldset).not.toHaveAttribute('open');
	await fieldset.locator('summary').click();
	for (const [i, choice] of of.entries()) {
		await fieldset.getByLabel(choice.label, { exact: true }).fill(String(count(i, phase)));
	}
}

test('the class’s hands before and after: keyed in, charted on the last slide and the handout, kept over a reload', async ({
	page
}) => {
	let dir: string | undefined;
	try {
		await open(page, `/c/${model.id}/present/?step=1`);
		await key(page, 'before');
		// A count's field keeps its keys (End moves its caret); out of it, End goes to the last step.
		await page.evaluate(() => (document.activeElement as HTMLElement).blur());
		await page.keyboard.press('End');
		await expect(slide(page).locator('[data-tally-chart]')).toBeVisible();
		await key(page, 'after');
		const chart = slide(page).locator('[data-tally-chart]');
		await expect(chart).toContainText('Hand count in class');
		await expect(chart.getByRole('img')).toHaveAccessibleName(summary);
		await expect(chart.locator('rect')).toHaveCount(choices.length * 2);

		await page.reload();
		await hydrated(page);
		// The counts, not the step number, are what a reload must keep: at 1280 × 720 the deck
		// can continue one row over one more step once the title's count is open.
		await page.keyboard.press('End');
		await expect(slide(page).locator('[data-tally-chart]').getByRole('img')).toHaveAccessibleName(
			summary
		);
		await expect(
			slide(page).locator('[data-tally="after"]').getByLabel(choices[0]!.label, { exact: true })
		).toHaveValue(String(count(0, 'after')));

		await open(page, `/c/${model.id}/handout/`);
		await expect(page.locator('[data-tally-chart]')).toContainText(summary);
		await page.evaluate(() => document.fonts.ready);
		dir = mkdtempSync(join(tmpdir(), 'standpoint-tally-'));
		const file = join(dir, 'handout.pdf');
		await page.pdf({ path: file, format: 'A4' });
		const text = (await readPdf(file))
			.map((p) => p.text)
			.join(' ')
			.normalize('NFKC')
			.replace(/\s+/g, ' ');
		expect(text).toContain('Hand count in class, before and after the discussion');
		expect(text).toContain(summary);
	} finally {
		if (dir) rmSync(dir, { recursive: true, force: true });
	}
});

test('a step with no hands counted shows no chart, and the counts stay in this browser', async ({
	page
}) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.method()));
	await open(page, `/c/${model.id}/present/?step=1`);
	await page.keyboard.press('End');
	await expect(slide(page).locator('[data-tally="after"]')).toBeVisible();
	await expect(slide(page).locator('[data-tally-chart]')).toHaveCount(0);
	await key(page, 'after');
	await expect(slide(page).locator('[data-tally-chart]')).toBeVisible();
	expect(requests.filter((m) => m !== 'GET')).toEqual([]);
});

/** What axe finds on the page, one line per rule and the elements it names. */
async function axe(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

for (const m of models) {
	for (const width of [390, 1920]) {
		test(`${m.id} at ${width} px: axe finds nothing on the slides with a hand count, nor on the handout`, async ({
			page
		}) => {
			test.setTimeout(120_000);
			await page.setViewportSize({ width, height: width < 800 ? 844 : 1080 });
			const of = tallyChoices(m);
			await open(page, `/c/${m.id}/present/?step=1`);
			await key(page, 'before', of);
			expect(await axe(page), 'title slide').toEqual([]);
			await page.evaluate(() => (document.activeElement as HTMLElement).blur());
			await page.keyboard.press('End');
			await key(page, 'after', of);
			await expect(slide(page).locator('[data-tally-chart]')).toBeVisible();
			expect(await axe(page), 'last slide').toEqual([]);
			await open(page, `/c/${m.id}/handout/`);
			await expect(page.locator('[data-tally-chart]')).toBeVisible();
			expect(await axe(page), 'handout').toEqual([]);
		});
	}
}

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quotedPassages } from '../src/lib/classroom/excerpt';
import { AUTHOR_CHOICE, quizChoices, quizItems } from '../src/lib/quiz/quiz';
import { shortCitation } from '../src/lib/source/cite';
import { labelsOf } from '../src/lib/model/labels';
import { claimOf, placed } from '../src/lib/model/select';
import type { ClaimModel, ComparisonModel } from '../src/lib/model/types';
import { models, modelWhere } from './explorer-data';
import { readPdf } from './pdf';
import { hydrated } from './hydrated';

// The same models the pages are built from, to know what each page must show. Tests that need a
// feature of the data pick the first comparison that has it, never one by name.
const sequence = modelWhere((m) => m.layout === 'sequence')!;
const grid = modelWhere((m) => m.layout === 'grid' && m.rows.some((r) => r.framing.length > 0))!;
const dimensions = sequence.rows;
const seqPresent = `/c/${sequence.id}/present/`;
/** The claims of a list of ids, as the model has them. */
const claimsOf = (model: ComparisonModel, ids: string[]): ClaimModel[] =>
	ids.map((id) => claimOf(model, id)!);
/** The side a claim's voice speaks for, by id; undefined for the author's framing. */
const sideIdOf = (model: ComparisonModel, claim: ClaimModel) =>
	claim.voice.kind === 'side' ? model.sides[claim.voice.side]!.id : undefined;
const framing = sequence.framingElsewhere.length > 0 ? 1 : 0;
/** The steps as prerendered: the title, a step per row, the framing elsewhere, the discussion. */
const prerenderedSteps = dimensions.length + framing + 2;

/**
 * The deck's steps by their headings, as the script has laid them out for this screen: a row too
 * tall for it continues over more steps ("First, 2 of 2"), so the count depends on the screen.
 */
const deck = (page: Page) =>
	page.locator('section.step').evaluateAll((steps) =>
		steps.map((s) => {
			// As a reader hears it: without the decorative marks (the author's pen).
			const heading = s.querySelector('h2')?.cloneNode(true) as HTMLElement | undefined;
			heading?.querySelectorAll('[aria-hidden="true"]').forEach((mark) => mark.remove());
			return heading?.textContent?.trim() ?? '';
		})
	);
/** Whether a step's heading is a row's: its label, or its label and which part of it. */
const ofRow = (heading: string, label: string) =>
	heading === label ||
	(heading.startsWith(`${label}, `) && /^\d+ of \d+$/.test(heading.slice(label.length + 2)));
/** The step numbers of one row in a deck. */
const stepsOf = (headings: string[], label: string) =>
	headings.flatMap((heading, i) => (ofRow(heading, label) ? [i + 1] : []));
/** The ids of a comparison's claims in the author's account of a side. */
const accountsOf = (model: ComparisonModel) =>
	model.claims.filter((c) => c.voice.kind === 'account').map((c) => c.id);
/** The claims on the step on screen, by id. */
const claimsOnSlide = (page: Page) =>
	slide(page)
		.locator('article[data-claim]')
		.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-claim')!));

/** The slide on screen: the one step section not hidden. */
const slide = (page: Page) => page.locator('section.step:not([hidden])');

/** Opens a page and waits until it has hydrated, so keys reach their handlers. */
async function open(page: Page, path: string) {
	await page.goto(path);
	await hydrated(page);
}

async function expectStep(page: Page, n: number, heading: string, count: number) {
	await expect(page.getByText(`Step ${n} of ${count}`)).toBeVisible();
	await expect(slide(page)).toHaveCount(1);
	await expect(slide(page).getByRole('heading', { level: 2 })).toHaveAccessibleName(heading);
	await expect(page).toHaveURL(new RegExp(`\\?step=${n}$`));
}

test.describe('present mode', () => {
	test('steps through a sequence with → ← space PageDown PageUp Home End', async ({ page }) => {
		await open(page, seqPresent);
		const headings = await deck(page);
		const stepCount = headings.length;
		// Title, every row in its order (continued where the screen needs it), framing, discussion.
		expect(headings[0]).toBe(sequence.title);
		expect(headings.at(-1)).toBe('Discussion');
		if (framing) expect(headings.at(-2)).toBe(labelsOf(sequence).framing.own);
		const rowOfStep = headings
			.slice(1, -1 - framing)
			.map((heading) => dimensions.findIndex((d) => ofRow(heading, d.label)));
		expect(rowOfStep).toEqual(
			dimensions.flatMap((d, i) => stepsOf(headings, d.label).map(() => i))
		);
		expect(new Set(rowOfStep).size).toBe(dimensions.length);
		await expect(page.getByText(`Step 1 of ${stepCount}`)).toBeVisible();
		await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText(sequence.title);

		const moves: [string, number][] = [
			['ArrowRight', 2],
			[' ', 3],
			['PageDown', 4],
			['PageUp', 3],
			['ArrowLeft', 2],
			['End', stepCount],
			['ArrowLeft', stepCount - 1],
			['Home', 1],
			['ArrowLeft', 1]
		];
		for (const [key, n] of moves) {
			await page.keyboard.press(key);
			await expectStep(page, n, headings[n - 1]!, stepCount);
		}
	});

	test('a deep link opens on its step; a row’s steps hold its claims, links and prompt', async ({
		page
	}) => {
		await open(page, seqPresent);
		const headings = await deck(page);
		const row = sequence.rows[1]!;
		const steps = stepsOf(headings, row.label);
		expect(steps.length).toBeGreaterThan(0);
		const onRow = [...row.cells.flatMap((c) => c.claims), ...row.framing];
		const seen: string[] = [];
		for (const n of steps) {
			await open(page, `${seqPresent}?step=${n}`);
			await expectStep(page, n, headings[n - 1]!, headings.length);
			const ids = await claimsOnSlide(page);
			seen.push(...ids);
			// One link per quoted range of the claims on this step, each a drawn path.
			const links = slide(page).locator('path[data-claim]');
			await expect(links).toHaveCount(
				claimsOf(sequence, ids).reduce((k, c) => k + placed(c).length, 0)
			);
			for (const d of await links.evaluateAll((paths) => paths.map((p) => p.getAttribute('d')))) {
				expect(d).toMatch(/^M[\d.]+,[\d.]+/);
			}
		}
		// Each of the row's claims on exactly one of its steps, and nothing else.
		expect(seen.toSorted()).toEqual(onRow.toSorted());
		for (const prompt of sequence.prompts.filter((p) => p.dimension === row.id)) {
			await expect(slide(page).getByText(prompt.text)).toBeVisible();
		}
	});

	test('an out-of-range step opens on the nearest one', async ({ page }) => {
		await open(page, `${seqPresent}?step=99`);
		const stepCount = (await deck(page)).length;
		await expect(page.getByText(`Step ${stepCount} of ${stepCount}`)).toBeVisible();
		await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText('Discussion');
	});

	test('the final step gathers every prompt', async ({ page }) => {
		await open(page, seqPresent);
		await page.keyboard.press('End');
		await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText('Discussion');
		for (const prompt of sequence.prompts) {
			await expect(slide(page).getByText(prompt.text)).toBeVisible();
		}
	});

	test('the buttons step too, and the author’s words can be hidden', async ({ page }) => {
		const row = grid.rows.find((r) => r.framing.length > 0)!;
		await open(page, `/c/${grid.id}/present/`);
		const headings = await deck(page);
		const total = headings.length;
		let n = 0;
		for (const step of stepsOf(headings, row.label)) {
			await open(page, `/c/${grid.id}/present/?step=${step}`);
			if ((await claimsOnSlide(page)).includes(row.framing[0]!)) n = step;
			if (n) break;
		}
		expect(n, 'the step with the row’s framing').toBeGreaterThan(0);
		const author = slide(page).locator(`article[data-claim="${row.framing[0]!}"]`);
		await expect(author).toBeVisible();
		await page.getByRole('button', { name: labelsOf(grid).layer }).click();
		await expect(author).toHaveCount(0);
		await expect(slide(page).locator(`path[data-claim="${row.framing[0]!}"]`)).toHaveCount(0);

		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.getByText(`Step ${n + 1} of ${total}`)).toBeVisible();
		await page.getByRole('button', { name: 'Previous' }).click();
		await expect(page.getByText(`Step ${n} of`)).toBeVisible();
	});

	for (const model of models.filter((m) => m.claims.some((c) => c.voice.kind === 'account'))) {
		test(`${model.id}: an account shows in its side’s column, marked as the author’s, never a step`, async ({
			page
		}) => {
			const labels = labelsOf(model);
			await open(page, `/c/${model.id}/present/`);
			const headings = await deck(page);
			const shown: string[] = [];
			for (const row of model.rows) {
				const accounts = row.cells.flatMap((cell) =>
					cell.claims.filter((id) => claimOf(model, id)!.voice.kind === 'account')
				);
				for (const n of stepsOf(headings, row.label)) {
					await open(page, `/c/${model.id}/present/?step=${n}`);
					const here = await claimsOnSlide(page);
					for (const id of accounts.filter((a) => here.includes(a))) {
						const claim = claimOf(model, id)!;
						const card = slide(page).locator(`article[data-claim="${id}"]`);
						await expect(card).toHaveAttribute('data-voice', 'account');
						const side = model.sides[claim.about[0]!]!;
						await expect(card).toContainText(labels.account.short(side.label));
						await expect(card.locator('.step')).toHaveCount(0);
						shown.push(id);
					}
				}
			}
			// Every account was on one of its row's steps.
			expect(shown.toSorted()).toEqual(accountsOf(model).toSorted());
		});
	}

	test('links draw in, and appear at once under prefers-reduced-motion', async ({ page }) => {
		await open(page, `${seqPresent}?step=2`);
		const link = slide(page).locator('path[data-claim]').first();
		expect(await link.evaluate((p) => getComputedStyle(p).animationName)).not.toBe('none');

		await page.emulateMedia({ reducedMotion: 'reduce' });
		await open(page, `${seqPresent}?step=2`);
		const still = slide(page).locator('path[data-claim]').first();
		expect(await still.evaluate((p) => getComputedStyle(p).animationName)).toBe('none');
		expect(await still.evaluate((p) => getComputedStyle(p).strokeDashoffset)).toBe('0px');
	});

	test('without JavaScript every step reads, stacked', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(seqPresent);
		const steps = page.locator('section.step');
		await expect(steps).toHaveCount(prerenderedSteps);
		for (const step of await steps.all()) await expect(step).toBeVisible();
		for (const claim of sequence.claims) {
			await expect(page.locator(`article[data-claim="${claim.id}"]`)).toBeVisible();
		}
		await context.close();
	});
});

test.describe('Who said it?', () => {
	const seed = 42;
	const items = quizItems(sequence, seed);
	const choices = quizChoices(sequence);

	/** Plays the first `count` questions with `answer(i)`, checking each reveal; returns the score. */
	async function play(page: Page, count: number, answerRight: (i: number) => boolean) {
		let right = 0;
		for (let i = 0; i < count; i++) {
			const item = items[i]!;
			await expect(page.getByText(`Question ${i + 1} of ${items.length}`)).toBeVisible();
			const correct = choices.findIndex((c) => c.id === item.answer);
			const key = answerRight(i) ? correct : (correct + 1) % choices.length;
			await page.keyboard.press(String(key + 1));
			await expect(page.getByText(answerRight(i) ? 'Right.' : 'Not quite.')).toBeVisible();
			await expect(page.getByText(item.claim.text, { exact: true })).toBeVisible();
			if (item.claim.attribution) {
				await expect(page.locator('q', { hasText: item.claim.attribution })).toBeVisible();
			}
			// The passage in context: its sentence, with the quote marked.
			await expect(page.locator(`figure mark[data-claims~="${item.claim.id}"]`).first()).toHaveText(
				placed(item.claim)[0]!.quote
			);
			if (answerRight(i)) right++;
			await page.keyboard.press('ArrowRight');
		}
		return right;
	}

	test('the same seed replays the same order, and the score adds up', async ({ page }) => {
		await open(page, `/c/${sequence.id}/quiz/?seed=${seed}&q=1`);
		const right = await play(page, items.length, (i) => i % 3 !== 1);
		await expect(page).toHaveURL(new RegExp(`seed=${seed}&q=${items.length + 1}$`));
		await expect(
			page.getByRole('heading', { name: `Score: ${right} of ${items.length}` })
		).toBeVisible();

		await page.getByRole('button', { name: 'Play again in the same order' }).click();
		await expect(page).toHaveURL(new RegExp(`seed=${seed}&q=1$`));
		await play(page, 2, () => true);
	});

	test('a deep link opens on its question; the question hides who said it', async ({ page }) => {
		const q = items.findIndex(
			(item) =>
				item.claim.attribution !== undefined &&
				placed(item.claim)[0]!.quote.toLowerCase().includes(item.claim.attribution.toLowerCase())
		);
		expect(q).toBeGreaterThanOrEqual(0);
		const item = items[q]!;
		await open(page, `/c/${sequence.id}/quiz/?seed=${seed}&q=${q + 1}`);
		await expect(page.getByText(`Question ${q + 1} of ${items.length}`)).toBeVisible();
		const question = page.locator('blockquote.quote');
		const attribution = item.claim.attribution ?? '';
		await expect(question).not.toContainText(attribution);
		await expect(question).toContainText('[…]');
		await page.getByRole('button', { name: choices[0]!.label }).click();
		await expect(question.locator('mark')).toHaveText(new RegExp(attribution, 'i'));
	});

	test('another seed gives another order; New shuffle writes a new seed', async ({ page }) => {
		const first = (s: number) => quizItems(sequence, s)[0]!.claim;
		const other = [43, 44, 45, 46].find((s) => first(s).id !== items[0]!.claim.id)!;
		for (const s of [seed, other]) {
			await open(page, `/c/${sequence.id}/quiz/?seed=${s}&q=1`);
			await page.keyboard.press('1');
			await expect(page.getByText(first(s).text, { exact: true })).toBeVisible();
		}
		await page.getByRole('button', { name: 'New shuffle' }).click();
		await expect(page).toHaveURL(/\?seed=\d+&q=1$/);
		expect(new URL(page.url()).searchParams.get('seed')).not.toBe(String(other));
	});

	test('without a seed the page picks one and keeps it in the URL', async ({ page }) => {
		await open(page, `/c/${sequence.id}/quiz/`);
		await expect(page).toHaveURL(/\?seed=\d+&q=1$/);
	});

	for (const model of models) {
		test(`${model.id}: a side’s claim is scored as its side; accounts and framing as the author’s`, async () => {
			for (const item of quizItems(model, seed)) {
				if (item.claim.voice.kind === 'side')
					expect(item.answer, item.claim.id).toBe(sideIdOf(model, item.claim));
				else expect(item.answer, item.claim.id).toBe(AUTHOR_CHOICE);
			}
		});
	}

	const accountIn = modelWhere((m) => m.claims.some((c) => c.voice.kind === 'account'))!;
	test('the reveal of an account says it is the author’s account of that side', async ({
		page
	}) => {
		const accountItems = quizItems(accountIn, seed);
		const q = accountItems.findIndex((item) => item.claim.voice.kind === 'account');
		const item = accountItems[q]!;
		const side = accountIn.sides[item.claim.about[0]!]!;
		await open(page, `/c/${accountIn.id}/quiz/?seed=${seed}&q=${q + 1}`);
		await page.getByRole('button', { name: labelsOf(accountIn).choice }).click();
		await expect(page.getByText('Right.')).toBeVisible();
		await expect(page.getByText(labelsOf(accountIn).account.own(side.label)).first()).toBeVisible();
	});

	test('without JavaScript every question reads, with its answer behind a disclosure', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`/c/${sequence.id}/quiz/`);
		await expect(page.locator('.static > li')).toHaveCount(items.length);
		await page.locator('.static summary').first().click();
		await expect(page.locator('.static details').first()).toHaveAttribute('open');
		await context.close();
	});
});

test.describe('handout', () => {
	let dir: string;
	test.beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'standpoint-handout-'));
	});
	test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

	for (const { format, size } of [
		{ format: 'A4', size: { width: 595.92, height: 842.88 } },
		{ format: 'Letter', size: { width: 612, height: 792 } }
	]) {
		test(`prints to ${format} with every claim, quote and prompt, no card cut`, async ({
			page
		}) => {
			await open(page, `/c/${sequence.id}/handout/`);
			await page.evaluate(() => document.fonts.ready);
			const file = join(dir, `${format}.pdf`);
			await page.pdf({ path: file, format });

			const pdf = await readPdf(file);
			const pages = pdf.length;
			for (const { width, height } of pdf) expect({ width, height }).toEqual(size);
			const text = pdf.map((p) => p.text.normalize('NFKC').replace(/\s+/g, ' '));
			expect(pages).toBeGreaterThanOrEqual(3);
			expect(pages).toBeLessThanOrEqual(7);

			const all = text.join(' ');
			const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ');
			for (const claim of sequence.claims) {
				// A card starts and ends on the same page: paraphrase and quote end together.
				const start = squash(claim.text).slice(0, 40);
				const quote = squash(placed(claim).at(-1)!.quote);
				const page = text.findIndex((t) => t.includes(start));
				expect(page, claim.id).toBeGreaterThanOrEqual(0);
				expect(text[page], claim.id).toContain(quote.slice(-30));
			}
			for (const prompt of sequence.prompts) expect(all).toContain(squash(prompt.text));
			expect(all).toContain(squash(shortCitation(sequence.source)));
			expect(all).not.toContain('Print handout');
			expect(all).not.toContain('All comparisons');
		});
	}

	test('“Print handout” opens the print dialog', async ({ page }) => {
		await page.addInitScript(() => {
			window.print = () => document.body.setAttribute('data-printed', 'yes');
		});
		await open(page, `/c/${sequence.id}/handout/`);
		await page.getByRole('button', { name: 'Print handout' }).click();
		await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
	});

	for (const model of models) {
		test(`${model.id}: shows every quote in full, with its source and its voice`, async ({
			page
		}) => {
			await open(page, `/c/${model.id}/handout/`);
			const labels = labelsOf(model);
			for (const claim of model.claims) {
				const card = page.locator(`article[data-claim="${claim.id}"]`);
				await expect(card).toContainText(claim.text);
				for (const passage of quotedPassages(model, claim.id)) {
					await expect(card.locator('mark')).toContainText([passage.text]);
				}
				await expect(card).toContainText(shortCitation(model.source));
				if (claim.voice.kind === 'account') {
					await expect(card).toContainText(
						labels.account.own(model.sides[claim.voice.side]!.label)
					);
				}
			}
		});
	}
});

test.describe('accessibility and small screens', () => {
	const pages = [
		`${seqPresent}?step=1`,
		`${seqPresent}?step=2`,
		`${seqPresent}?step=${prerenderedSteps - 1}`,
		`${seqPresent}?step=99`,
		`/c/${grid.id}/quiz/?seed=7&q=1`,
		`/c/${sequence.id}/handout/`
	];
	for (const path of pages) {
		test(`axe finds no violations on ${path}`, async ({ page }) => {
			await open(page, path);
			await page.waitForLoadState('networkidle');
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations).toEqual([]);
		});
	}

	test('axe finds no violations on a revealed quiz answer', async ({ page }) => {
		await open(page, `/c/${grid.id}/quiz/?seed=7&q=2`);
		await page.keyboard.press('1');
		await expect(page.getByText(/Right\.|Not quite\./)).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations).toEqual([]);
	});

	for (const path of pages) {
		test(`nothing spills sideways at 390 px on ${path}`, async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await open(page, path);
			await page.waitForLoadState('networkidle');
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				390
			);
		});
	}

	test('every control is reachable by keyboard with a visible focus ring', async ({ page }) => {
		await open(page, `${seqPresent}?step=2`);
		const seen: string[] = [];
		for (;;) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				if (el === document.body) return undefined;
				return { text: el.textContent?.trim() ?? '', outline: getComputedStyle(el).outlineStyle };
			});
			if (!focused || seen.includes(focused.text)) break;
			expect(focused.outline, focused.text).not.toBe('none');
			seen.push(focused.text);
		}
		expect(seen).toEqual(
			expect.arrayContaining([
				'Who said it?',
				'Handout',
				'← Previous',
				'Next →',
				labelsOf(sequence).layer
			])
		);
	});
});

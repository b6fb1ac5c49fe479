import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
	evidenceItems,
	overlap,
	sentencesOf,
	verdictText,
	type EvidenceItem,
	type Verdict
} from '../src/lib/evidence/evidence';
import type { ComparisonModel, Span } from '../src/lib/model/types';
import { models } from './explorer-data';
import { hydrated } from './hydrated';

// "Find the evidence" played through by a student, over every comparison in data/: real mouse
// selections dragged across the article's words, and a whole round from the keyboard alone.
const SEED = 3;

/** Opens a page and waits until it has hydrated, so selections and keys reach their handlers. */
async function open(page: Page, path: string) {
	await page.goto(path);
	await hydrated(page);
}

const article = (page: Page) => page.getByRole('region', { name: 'The article' });

/** Drags the mouse from the first to the last character of `span`, as a student would. */
async function drag(page: Page, span: Span) {
	const box = await article(page).evaluate(
		(root, { start, end }) => {
			const point = (offset: number, side: 'left' | 'right') => {
				const runs = [...root.querySelectorAll<HTMLElement>('[data-start]')];
				const run = runs.findLast((r) => Number(r.dataset.start) <= offset)!;
				const at = offset - Number(run.dataset.start);
				const range = document.createRange();
				range.setStart(run.firstChild!, at);
				range.setEnd(run.firstChild!, at + 1);
				if (side === 'left') run.scrollIntoView({ block: 'center' });
				const rect = range.getClientRects()[0]!;
				return {
					x: side === 'left' ? rect.left + 1 : rect.right - 1,
					y: rect.top + rect.height / 2
				};
			};
			const from = point(start, 'left');
			return { from, to: point(end - 1, 'right') };
		},
		{ start: span.start, end: span.end }
	);
	await page.mouse.move(box.from.x, box.from.y);
	await page.mouse.down();
	await page.mouse.move(box.to.x, box.to.y, { steps: 8 });
	await page.mouse.up();
}

/** A selection for `want`: the anchor, a quarter of it, or a sentence far from every anchor. */
function selectionFor(model: ComparisonModel, item: EvidenceItem, want: Verdict['kind']): Span {
	const anchor = item.anchors[0]!;
	if (want === 'right') return anchor;
	if (want === 'close') {
		// A quarter, cut at a space so the words snapped to stay within the first part.
		const quarter = anchor.start + Math.floor((anchor.end - anchor.start) / 4);
		return { start: anchor.start, end: Math.max(quarter, anchor.start + 3) };
	}
	return farSentence(model, item);
}

/** A sentence two or more sentences away from each of the item's anchors. */
function farSentence(model: ComparisonModel, item: EvidenceItem): Span {
	const sentences = sentencesOf(model);
	const near = (i: number) =>
		item.anchors.some((a) => sentences.some((s, j) => overlap(s, a) > 0 && Math.abs(j - i) <= 1));
	return sentences.find((_s, i) => !near(i))!;
}

const wants: Verdict['kind'][] = ['right', 'close', 'wrong'];

for (const model of models) {
	test(`a student finds the evidence for every claim of ${model.id} with the mouse`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		await page.setViewportSize({ width: 1280, height: 1000 });
		await open(page, `/c/${model.id}/evidence/?seed=${SEED}&q=1`);
		const items = evidenceItems(model, SEED);
		let right = 0;
		for (const [i, item] of items.entries()) {
			const want = wants[i % wants.length]!;
			await expect(page.getByText(`Question ${i + 1} of ${items.length}`)).toBeVisible();
			await expect(page.locator('.paraphrase').first()).toHaveText(item.claim.text);
			await drag(page, selectionFor(model, item, want));
			await expect(page.getByText('Your selection:')).toBeVisible();
			await page.getByRole('button', { name: 'Check my selection' }).click();
			const verdict = page.locator('.verdict');
			await expect(verdict, `${item.claim.id}: ${want}`).toHaveClass(new RegExp(`\\b${want}\\b`));
			if (want === 'close') {
				await expect(verdict).toHaveText(verdictText({ kind: 'close', look: 'later' }));
			}
			if (want === 'right') right++;
			await expect(page.getByRole('figure')).toContainText(item.anchors[0]!.quote.slice(0, 20));
			await page.getByRole('button', { name: /Next question|See the score/ }).click();
		}
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(
			`Score: ${right} of ${items.length}`
		);
	});
}

/** Tabs until the article's sentence cursor has focus. */
async function tabToArticle(page: Page) {
	for (let i = 0; i < 12; i++) {
		if (await article(page).evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(article(page)).toBeFocused();
}

/** Moves the sentence cursor onto sentences [first, last] from wherever it is unset. */
async function cursorTo(page: Page, first: number, last: number) {
	for (let i = 0; i <= first; i++) await page.keyboard.press('ArrowDown');
	for (let i = first; i < last; i++) await page.keyboard.press('Shift+ArrowDown');
}

test('a student answers from the keyboard alone: right, close and not there', async ({ page }) => {
	const model = models.find((m) => evidenceItems(m, SEED).length >= 3)!;
	const items = evidenceItems(model, SEED).slice(0, 3);
	const sentences = sentencesOf(model);
	await open(page, `/c/${model.id}/evidence/?seed=${SEED}&q=1`);
	const touched = (span: Span) => sentences.flatMap((s, i) => (overlap(s, span) > 0 ? [i] : []));
	for (const [i, item] of items.entries()) {
		const want = wants[i]!;
		await tabToArticle(page);
		const own = touched(item.anchors[0]!);
		const far = sentences.indexOf(farSentence(model, item));
		// "close": the sentence after the anchor's, unless another anchor of the claim is there.
		const next = own.at(-1)! + 1;
		const closeOk =
			next < sentences.length && !item.anchors.some((a) => overlap(a, sentences[next]!) > 0);
		const [first, last] =
			want === 'right'
				? [own[0]!, own.at(-1)!]
				: want === 'close' && closeOk
					? [next, next]
					: [far, far];
		await cursorTo(page, first, last);
		await page.keyboard.press('Enter');
		const expected = want === 'close' && !closeOk ? 'wrong' : want;
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

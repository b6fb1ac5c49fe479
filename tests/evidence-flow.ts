// "Find the evidence" as a student answers it: real mouse selections dragged across the
// article's words, and the sentence cursor from the keyboard. Shared by the specs of seed
// comparisons and of one made in the editor.
import { expect, type Page } from '@playwright/test';
import {
	overlap,
	verdictText,
	sentencesOf,
	type EvidenceItem,
	type Verdict
} from '../src/lib/evidence/evidence';
import type { ComparisonModel, Span } from '../src/lib/model/types';
import { hydrated } from './hydrated';

/** Opens a page and waits until it has hydrated, so selections and keys reach their handlers. */
export async function open(page: Page, path: string) {
	await page.goto(path);
	await hydrated(page);
}

export const article = (page: Page) => page.getByRole('region', { name: 'The article' });

/** Drags the mouse from the first to the last character of `span`, as a student would. */
export async function drag(page: Page, span: Span) {
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
export function selectionFor(
	model: ComparisonModel,
	item: EvidenceItem,
	want: Verdict['kind']
): Span {
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
export function farSentence(model: ComparisonModel, item: EvidenceItem): Span {
	const sentences = sentencesOf(model);
	const near = (i: number) =>
		item.anchors.some((a) => sentences.some((s, j) => overlap(s, a) > 0 && Math.abs(j - i) <= 1));
	return sentences.find((_s, i) => !near(i))!;
}

export const wants: Verdict['kind'][] = ['right', 'close', 'wrong'];

/** Tabs until the article's sentence cursor has focus. */
export async function tabToArticle(page: Page) {
	for (let i = 0; i < 12; i++) {
		if (await article(page).evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(article(page)).toBeFocused();
}

/** Moves the sentence cursor onto sentences [first, last] from wherever it is unset. */
export async function cursorTo(page: Page, first: number, last: number) {
	for (let i = 0; i <= first; i++) await page.keyboard.press('ArrowDown');
	for (let i = first; i < last; i++) await page.keyboard.press('Shift+ArrowDown');
}

/**
 * Answers the open question from the keyboard alone: tabs to the article, moves the sentence
 * cursor onto the anchor's sentences (right), the sentence after them (close) or a far one
 * (wrong), and presses Enter. Returns the verdict to expect: "close" becomes "wrong" when the
 * sentence after holds another anchor of the claim.
 */
export async function answerByKeyboard(
	page: Page,
	model: ComparisonModel,
	item: EvidenceItem,
	want: Verdict['kind']
): Promise<Verdict['kind']> {
	const sentences = sentencesOf(model);
	const touched = (span: Span) => sentences.flatMap((s, i) => (overlap(s, span) > 0 ? [i] : []));
	await tabToArticle(page);
	const own = touched(item.anchors[0]!);
	const far = sentences.indexOf(farSentence(model, item));
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
	return want === 'close' && !closeOk ? 'wrong' : want;
}

/**
 * Answers every question of a round, from the open first one, by mouse selections: right,
 * close and not there in turn, each verdict asserted, then the score.
 */
export async function playByMouse(page: Page, model: ComparisonModel, items: EvidenceItem[]) {
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
}

/**
 * The editor's per-row check: for each side with no position of its own on a row, whether the
 * text may hold one (an uncited sentence reporting the side) or gives nothing there. Worded as a
 * hint for the person making the comparison, never as a verdict on it.
 */
import { draftSource, type Draft } from '../draft/draft.ts';
import { buildModel } from '../model/build.ts';
import { omissions } from '../model/coverage.ts';
import type { ComparisonModel } from '../model/types.ts';
import { suggestAttribution, type Range } from './words.ts';

/** The model of a draft, or why there is none yet; a half-made draft must not break the page. */
export type Built = { model?: ComparisonModel; reason?: string };

/** Builds the draft's model as readers will see it; the preview appears with the first claim. */
export function buildDraft(draft: Draft): Built {
	if (draft.comparison.claims.length === 0) {
		return { reason: 'The preview appears with the first claim.' };
	}
	try {
		return { model: buildModel(draft.comparison, draftSource(draft)) };
	} catch (error) {
		return { reason: `The preview cannot be drawn yet: ${(error as Error).message}.` };
	}
}

/** A passage the text may have for an empty side: where it is, a short quote, its reporting words. */
export type HintPassage = Range & { quote: string; near?: string };

/** One side empty on one row, as shown beside the row. */
export type RowHint = {
	row: string;
	side: number;
	kind: 'omission' | 'nothing';
	/** The first uncited sentence that reports the side; only for an omission. */
	passage?: HintPassage;
};

/** Words a quote is cut to, so the hint stays one line beside its row. */
const QUOTE_WORDS = 8;

/** The first `QUOTE_WORDS` words of a sentence, with an ellipsis when cut. */
export function shortQuote(sentence: string): string {
	const words = sentence.trim().split(/\s+/u);
	return words.length <= QUOTE_WORDS
		? words.join(' ')
		: `${words.slice(0, QUOTE_WORDS).join(' ')}…`;
}

/** Every empty side of every row of the model, with the passage the text may have for it. */
export function rowHints(model: ComparisonModel, text: string, language = 'en'): RowHint[] {
	return omissions(model, text).map(({ row, side, kind, sentences }) => {
		const [first] = sentences;
		if (kind === 'nothing' || !first) return { row, side, kind: 'nothing' as const };
		const near = suggestAttribution(text, first, language);
		const quote = shortQuote(text.slice(first.start, first.end));
		return { row, side, kind, passage: { ...first, quote, ...(near ? { near } : {}) } };
	});
}

/** The hints of one row, in side order. */
export function hintsOf(hints: RowHint[], row: string): RowHint[] {
	return hints.filter((h) => h.row === row).sort((a, b) => a.side - b.side);
}

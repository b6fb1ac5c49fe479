import { labels } from '../model/labels';
import { hasAuthor } from '../model/select';
import type { ClaimModel, ComparisonModel, Voice } from '../model/types';
import { seededShuffle } from './shuffle';

/**
 * The choice for the author's own framing. Side ids are slugs, so this can never be one of them.
 */
export const AUTHOR_CHOICE = '(author)';

/** An answer the class can give: one of the sides, or the author's own framing. */
export type QuizChoice = { id: string; label: string; voice: Voice };

/** One question: a claim, whose speaker is hidden until the reveal. */
export type QuizItem = { claim: ClaimModel; answer: string };

export type QuizScore = { correct: number; answered: number; total: number };

/**
 * The answers offered, in the comparison's side order (so key 1 is always the first side). The
 * author's framing is offered only when the comparison has some, and then for every question, so
 * that its presence never gives an answer away.
 */
export function quizChoices(model: ComparisonModel): QuizChoice[] {
	const sides: QuizChoice[] = model.sides.map((s) => ({
		id: s.id,
		label: s.label,
		voice: { kind: 'side', side: s.index }
	}));
	return hasAuthor(model)
		? [...sides, { id: AUTHOR_CHOICE, label: labels.author.own, voice: { kind: 'author' } }]
		: sides;
}

/**
 * The questions in the order `seed` gives: every side's claim, answered by its side, and every
 * piece of the author's framing, answered by the author — never by a side.
 */
export function quizItems(model: ComparisonModel, seed: number): QuizItem[] {
	const items = model.claims.map((claim) => ({
		claim,
		answer: claim.voice.kind === 'side' ? model.sides[claim.voice.side]!.id : AUTHOR_CHOICE
	}));
	return seededShuffle(items, seed);
}

/** How many answered questions were right, of how many answered, of how many in all. */
export function scoreQuiz(
	items: readonly QuizItem[],
	answers: Readonly<Record<string, string>>
): QuizScore {
	let correct = 0;
	let answered = 0;
	for (const item of items) {
		const given = answers[item.claim.id];
		if (given === undefined) continue;
		answered++;
		if (given === item.answer) correct++;
	}
	return { correct, answered, total: items.length };
}

/** The choice a number key picks ("1" is the first choice), or undefined. */
export function choiceForKey(key: string, choices: readonly QuizChoice[]): string | undefined {
	if (!/^[1-9]$/.test(key)) return undefined;
	return choices[Number(key) - 1]?.id;
}

/** Text split so the words that name the speaker can be hidden until the reveal. */
export type QuotePart = { text: string; hidden: boolean };

/**
 * The words that would give a question's answer away: the source's words of attribution ("The
 * Russian side believes", without any editorial note in parentheses) and every side's label.
 */
export function speakerPhrases(claim: ClaimModel, model: ComparisonModel): string[] {
	const attribution = (claim.attribution ?? '').replace(/\s*\([^)]*\)/g, '').trim();
	return [attribution, ...model.sides.map((s) => s.label)].filter((p) => p.length > 0);
}

/**
 * Splits `text` around every whole-word occurrence of `phrases` (ignoring case), so a question
 * shows the source's words without naming its own answer.
 */
export function hidePhrases(text: string, phrases: readonly string[]): QuotePart[] {
	const alternatives = [...phrases]
		.sort((a, b) => b.length - a.length)
		.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	if (alternatives.length === 0) return [{ text, hidden: false }];
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
		'giu'
	);
	const parts: QuotePart[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		if (match.index > last) parts.push({ text: text.slice(last, match.index), hidden: false });
		parts.push({ text: match[0], hidden: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), hidden: false });
	return parts;
}

/** The 1-based question in a `?q=` parameter, clamped to [1, count + 1]; count + 1 is the score. */
export function parseQuestion(param: string | null | undefined, count: number): number {
	const n = param != null && /^\d+$/.test(param) ? Number(param) : 1;
	return Math.min(Math.max(n, 1), count + 1);
}

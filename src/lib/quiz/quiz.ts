import { labelsOf } from '../model/labels';
import { hasAuthor } from '../model/select';
import type { ClaimModel, ComparisonModel, SideModel, Voice } from '../model/types';
import { seededShuffle } from './shuffle';

/**
 * The choice for the author's own words. Side ids are slugs, so this can never be one of them.
 */
export const AUTHOR_CHOICE = '(author)';

/** An answer the class can give: one of the sides, or the author's own words. */
export type QuizChoice = { id: string; label: string; voice: Voice };

/** One question: a claim, whose speaker is hidden until the reveal. */
export type QuizItem = { claim: ClaimModel; answer: string };

export type QuizScore = { correct: number; answered: number; total: number };

/**
 * The answers offered, in the comparison's side order (so key 1 is always the first side). The
 * author's own words are offered only when the comparison has some, and then for every question,
 * so that their presence never gives an answer away.
 */
export function quizChoices(model: ComparisonModel): QuizChoice[] {
	const sides: QuizChoice[] = model.sides.map((s) => ({
		id: s.id,
		label: s.label,
		voice: { kind: 'side', side: s.index }
	}));
	const author: QuizChoice = {
		id: AUTHOR_CHOICE,
		label: labelsOf(model).choice,
		voice: { kind: 'framing' }
	};
	return hasAuthor(model) ? [...sides, author] : sides;
}

/**
 * The questions in the order `seed` gives: every side's claim, answered by its side; the author's
 * account of a side and the author's framing, both answered by the author — never by a side.
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
 * What a question hides: `phrases` in any case (side labels, `hide` lists, the claim's words of
 * attribution) and `names` only as capitalised (the proper names sides are known by, so that
 * "Board" is hidden as a name but "the school board" is not).
 */
export type SpeakerWords = { phrases: string[]; names: string[] };

/**
 * Words that start a run of capitalised words only because they start a sentence or a line, or
 * describe rather than name: never hidden as names on their own.
 */
const NOT_NAMES = new Set(
	(
		'A An And As At But By For From He Her His In It Its Of On Or She Some That The Their Them ' +
		'These They This Those To Unnamed We What When Where Which Who With'
	).split(' ')
);

/** A capitalised word, with any hyphen or apostrophe inside it ("Kowalski", "O’Neill"). */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}+)*`;
const RUN = new RegExp(`${WORD}(?:\\s+${WORD})*`, 'gu');

/**
 * The proper names in a line: each run of capitalised words without the function words that
 * only start a sentence, and each of its words longer than two letters ("Keith Kellogg" gives
 * "Keith Kellogg", "Keith" and "Kellogg"). A run of short words only ("US") is no name.
 */
export function namesIn(line: string): string[] {
	const names = new Set<string>();
	for (const [run] of line.matchAll(RUN)) {
		const words = run.split(/\s+/).map((w) => w.replace(/['’]s$/u, ''));
		while (words.length > 0 && NOT_NAMES.has(words[0]!)) words.shift();
		const long = words.filter((w) => [...w].length > 2 && !NOT_NAMES.has(w));
		if (long.length === 0) continue;
		names.add(words.join(' '));
		for (const w of long) names.add(w);
	}
	return [...names];
}

/** Every name a side is known by: its label's and its `who` line's proper names. */
export function sideNames(side: Pick<SideModel, 'label' | 'who'>): string[] {
	return [...new Set([...namesIn(side.label), ...namesIn(side.who)])];
}

/**
 * The words that would give a question's answer away: every side's label, names and `hide`
 * list (whichever side the claim is, so none is singled out), and the source's words of
 * attribution ("The Russian side believes", without any editorial note in parentheses).
 */
export function speakerWords(claim: ClaimModel, model: ComparisonModel): SpeakerWords {
	const attribution = (claim.attribution ?? '').replace(/\s*\([^)]*\)/g, '').trim();
	return {
		phrases: [attribution, ...model.sides.flatMap((s) => [s.label, ...s.hide])].filter(
			(p) => p.length > 0
		),
		names: model.sides.flatMap(sideNames)
	};
}

/** Longer phrases say what they hide in fewer words; past this a phrase is no name. */
const MAX_PHRASE = 200;
/** Enough for four sides' names and roles; the pattern stays small whatever the data holds. */
const MAX_PHRASES = 200;

/**
 * Splits `text` around every whole-word occurrence of `phrases` (ignoring case unless
 * `matchCase`), so a question shows the source's words without naming its own answer. The
 * phrases are escaped and bounded in length and number, so no label makes the pattern costly.
 */
export function hidePhrases(
	text: string,
	phrases: readonly string[],
	matchCase = false
): QuotePart[] {
	const alternatives = [...new Set(phrases.map((p) => p.trim()))]
		.filter((p) => p.length > 0 && p.length <= MAX_PHRASE)
		.sort((a, b) => b.length - a.length)
		.slice(0, MAX_PHRASES)
		.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	if (alternatives.length === 0) return [{ text, hidden: false }];
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
		matchCase ? 'gu' : 'giu'
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

/** `text` with the phrases hidden in any case, then the names hidden where capitalised. */
export function hideSpeakers(text: string, words: SpeakerWords): QuotePart[] {
	return hidePhrases(text, words.phrases).flatMap((part) =>
		part.hidden ? [part] : hidePhrases(part.text, words.names, true)
	);
}

/** The 1-based question in a `?q=` parameter, clamped to [1, count + 1]; count + 1 is the score. */
export function parseQuestion(param: string | null | undefined, count: number): number {
	const n = param != null && /^\d+$/.test(param) ? Number(param) : 1;
	return Math.min(Math.max(n, 1), count + 1);
}

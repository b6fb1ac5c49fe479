/**
 * Words and sentences of a source's text, for making a claim from a selection: a selection is
 * widened to whole words, and the reporting words next to it are offered as its attribution.
 */

/** A range of text offsets, end exclusive. */
export type Range = { start: number; end: number };

const segmenters = new Map<string, { words: Intl.Segmenter; sentences: Intl.Segmenter }>();

function segmenter(language: string) {
	let found = segmenters.get(language);
	if (!found) {
		found = {
			words: new Intl.Segmenter(language, { granularity: 'word' }),
			sentences: new Intl.Segmenter(language, { granularity: 'sentence' })
		};
		segmenters.set(language, found);
	}
	return found;
}

/**
 * Widens `[start, end)` to the whole words it touches, then drops the spaces at its edges. A
 * selection made with the mouse rarely starts exactly on a word; an anchor should. Returns null
 * when nothing but spaces and punctuation is selected.
 */
export function snapToWords(text: string, range: Range, language = 'en'): Range | null {
	let start = Math.max(0, Math.min(range.start, range.end));
	let end = Math.min(text.length, Math.max(range.start, range.end));
	const words = segmenter(language).words;
	if (start < text.length) {
		const at = words.segment(text).containing(start);
		if (at?.isWordLike) start = at.index;
	}
	if (end > 0) {
		const at = words.segment(text).containing(end - 1);
		if (at?.isWordLike) end = at.index + at.segment.length;
	}
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	const selected = text.slice(start, end);
	return /[\p{L}\p{N}]/u.test(selected) ? { start, end } : null;
}

/** The sentence of `text` that `offset` is in. */
export function sentenceAt(text: string, offset: number, language = 'en'): Range {
	const at = segmenter(language).sentences.segment(text).containing(offset);
	if (!at) return { start: offset, end: offset };
	const start = text.lastIndexOf('\n', offset - 1) + 1;
	const lineEnd = text.indexOf('\n', offset);
	// A line break ends a sentence too: headings and list items have no full stop.
	return {
		start: Math.max(at.index, start),
		end: Math.min(at.index + at.segment.length, lineEnd < 0 ? text.length : lineEnd)
	};
}

const verbs =
	'says|said|say|argues|argued|argue|believes|believed|believe|insists|insisted|insist|claims|claimed|claim|maintains|maintain|contends|contend|thinks|think|warns|warned|warn|told|writes|wrote|notes|noted|adds|added|stresses|stressed|wants|want|demands|demanded|demand|proposes|proposed|propose|suggests|suggested|suggest';
const name = "(?:[Tt]he\\s+)?(?:[A-Z][\\p{L}'’.-]*)(?:\\s+[A-Z][\\p{L}'’.-]*){0,3}";
const according = new RegExp(`\\b(?:[Aa]ccording to|[Ii]n the view of|[Ff]or) ${name}`, 'u');
const speaker = new RegExp(
	`(?:${name}|\\b[Tt]he(?:\\s+\\p{Ll}+){1,2})(?:,\\s*(?:however|though|meanwhile|for (?:its|their|his|her) part),)?\\s+(?:${verbs})\\b`,
	'u'
);
const after = new RegExp(`,\\s*(${name})\\s+(${verbs})\\b`, 'u');

/**
 * The reporting words next to a passage, as its attribution: "According to Witkoff", "Kellogg
 * says", "the Americans, however, say". Looks in the passage's sentence, before the passage
 * first, then after it ("…, Kellogg said"). Undefined when the sentence has none: then the
 * words are the author's own, not a side's.
 */
export function suggestAttribution(
	text: string,
	range: Range,
	language = 'en'
): string | undefined {
	const sentence = sentenceAt(text, range.start, language);
	const before = text.slice(sentence.start, Math.max(sentence.start, range.start));
	const whole = text.slice(sentence.start, Math.max(sentence.end, range.end));
	const found =
		last(before, according) ??
		last(before, speaker) ??
		whole.match(according)?.[0] ??
		whole.match(speaker)?.[0];
	if (found) return found.trim();
	const reported = text.slice(range.end, Math.max(range.end, sentence.end)).match(after);
	return reported ? `${reported[1]} ${reported[2]}` : undefined;
}

/** The last match of `pattern` in `text`: of several speakers before a passage, the nearest. */
function last(text: string, pattern: RegExp): string | undefined {
	return [...text.matchAll(new RegExp(pattern.source, 'gu'))].pop()?.[0];
}

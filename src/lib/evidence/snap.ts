/**
 * A selection made by hand rarely starts and ends on a word's edge: it is widened to whole words
 * (Intl.Segmenter's word boundaries, so any script works) and spaces and punctuation at its
 * edges are dropped.
 */
import type { PassageModel, Span } from '../model/types';

const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The text of a passage, read back from its pieces. */
export function passageText(passage: PassageModel): string {
	return passage.pieces.map((p) => p.text).join('');
}

/** The first and last word of `text` that [from, to) touches, as offsets into `text`. */
function wordEdges(text: string, from: number, to: number): Span | undefined {
	let start = -1;
	let end = -1;
	for (const { index, segment, isWordLike } of words.segment(text)) {
		const segEnd = index + segment.length;
		if (!isWordLike || segEnd <= from || index >= to) continue;
		if (start < 0) start = index;
		end = segEnd;
	}
	return start < 0 ? undefined : { start, end };
}

/**
 * `span` (offsets into the whole text) widened to the words it touches and trimmed of what is
 * no word at either edge, across passages if it spans several; empty when it touches no word.
 */
export function snapToWords(passages: readonly PassageModel[], span: Span): Span {
	const touched = passages
		.map((passage) => {
			const text = passageText(passage);
			const edges = wordEdges(text, span.start - passage.start, span.end - passage.start);
			return edges && { start: passage.start + edges.start, end: passage.start + edges.end };
		})
		.filter((e) => e !== undefined);
	const first = touched[0];
	const last = touched.at(-1);
	if (!first || !last) return { start: span.start, end: span.start };
	return { start: first.start, end: last.end };
}

/** A run of a passage's text: a sentence (with its index in the whole text) or the gap between. */
export type Segment = Span & { text: string; sentence: number | undefined };

/**
 * A passage cut into its sentences and what lies between them, so a page can show each sentence
 * as one element for the keyboard's sentence cursor. `first` is the index of its first sentence
 * among all the text's sentences.
 */
export function segmentsOf(passage: PassageModel, first: number): Segment[] {
	const text = passageText(passage);
	const cut = (start: number, end: number, sentence: number | undefined): Segment[] =>
		end > start
			? [{ start, end, text: text.slice(start - passage.start, end - passage.start), sentence }]
			: [];
	const out: Segment[] = [];
	let at = passage.start;
	passage.sentences.forEach((s, i) => {
		out.push(...cut(at, s.start, undefined), ...cut(s.start, s.end, first + i));
		at = s.end;
	});
	out.push(...cut(at, passage.end, undefined));
	return out;
}

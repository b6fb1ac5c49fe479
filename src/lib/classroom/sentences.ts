import type { ComparisonView } from '../comparison/view';
import { splitPassages } from '../source/passages';
import type { SentenceIndex } from './excerpt';

/** Sentence bounds of every passage of a view, in source offsets, by passage id. */
export function sentenceIndex(view: ComparisonView): SentenceIndex {
	return Object.fromEntries(
		view.passages.map((passage) => {
			// A passage is one trimmed line, so splitting its text alone gives exactly its sentences.
			const text = passage.pieces.map((p) => p.text).join('');
			const sentences = splitPassages(text)[0]?.sentences ?? [];
			return [
				passage.id,
				sentences.map((s) => ({ start: passage.start + s.start, end: passage.start + s.end }))
			];
		})
	);
}

import { error } from '@sveltejs/kit';
import { getComparisonView, listComparisons } from '../catalog/catalog.server';
import { sentenceIndex } from './sentences';

/** One prerendered page per comparison. */
export function comparisonEntries(): { id: string }[] {
	return listComparisons().map(({ id }) => ({ id }));
}

/** A comparison's view and the sentence bounds the classroom modes show quotes in; 404 if unknown. */
export function loadClassroom(id: string) {
	const view = getComparisonView(id);
	if (!view) error(404, `No comparison "${id}"`);
	return { view, sentences: sentenceIndex(view) };
}

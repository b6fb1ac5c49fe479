import { error, json } from '@sveltejs/kit';
import { getComparisonView, listComparisons } from '$lib/catalog/catalog.server';
import type { EntryGenerator, RequestHandler } from './$types';

// The comparison's full view as a static file, fetched by the export menu only when a teacher
// exports, so the explorer page itself does not carry it.
export const prerender = true;

export const entries: EntryGenerator = () => listComparisons().map(({ id }) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const view = getComparisonView(params.id);
	if (!view) error(404, `No comparison "${params.id}"`);
	return json(view);
};

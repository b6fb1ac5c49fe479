import { error, json } from '@sveltejs/kit';
import { getModel, listComparisons } from '$lib/catalog/catalog.server';
import type { EntryGenerator, RequestHandler } from './$types';

// The comparison's model as a static file, for anything outside the site that wants to read it
// (every claim once); the pages carry the same model in their own data.
export const prerender = true;

export const entries: EntryGenerator = () => listComparisons().map(({ id }) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const model = getModel(params.id);
	if (!model) error(404, `No comparison "${params.id}"`);
	return json(model);
};

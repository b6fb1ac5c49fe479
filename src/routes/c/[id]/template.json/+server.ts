import { error, json } from '@sveltejs/kit';
import { getTemplate, listComparisons } from '$lib/catalog/catalog.server';
import type { EntryGenerator, RequestHandler } from './$types';

// What "Use as a template" copies into a new draft: the comparison with its source's metadata
// and text. A file of its own, fetched only on that click, so the pages never carry the text twice.
export const prerender = true;

export const entries: EntryGenerator = () => listComparisons().map(({ id }) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const template = getTemplate(params.id);
	if (!template) error(404, `No comparison "${params.id}"`);
	return json(template);
};

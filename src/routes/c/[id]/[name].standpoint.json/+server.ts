import { error } from '@sveltejs/kit';
import { listComparisons } from '$lib/catalog/catalog.server';
import { comparisonFile } from '$lib/transfer/catalog.server';
import type { EntryGenerator, RequestHandler } from './$types';

// The comparison file as a static download, named as it is saved: `<id>.standpoint.json`.
export const prerender = true;

export const entries: EntryGenerator = () => listComparisons().map(({ id }) => ({ id, name: id }));

export const GET: RequestHandler = async ({ params }) => {
	const file = params.name === params.id ? await comparisonFile(params.id) : undefined;
	if (!file) error(404, `No comparison file "${params.name}.standpoint.json"`);
	return new Response(file, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

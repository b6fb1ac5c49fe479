import { error } from '@sveltejs/kit';
import { getComparisonView, listComparisons } from '$lib/catalog/catalog.server';
import { explorerModel } from '$lib/explorer/model';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => listComparisons().map(({ id }) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const view = getComparisonView(params.id);
	if (!view) error(404, `No comparison "${params.id}"`);
	return { model: explorerModel(view) };
};

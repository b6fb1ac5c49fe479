import { error } from '@sveltejs/kit';
import { getModel, listComparisons } from '$lib/catalog/catalog.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => listComparisons().map(({ id }) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const model = getModel(params.id);
	if (!model) error(404, `No comparison "${params.id}"`);
	return { model };
};

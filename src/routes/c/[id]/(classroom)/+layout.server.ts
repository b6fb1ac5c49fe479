import { error } from '@sveltejs/kit';
import { getModel } from '$lib/catalog/catalog.server';
import type { LayoutServerLoad } from './$types';

// One load for present, quiz and handout: each reads the same model. The prerenderer reaches
// their pages through the explorer's links to them.
export const load: LayoutServerLoad = ({ params }) => {
	const model = getModel(params.id);
	if (!model) error(404, `No comparison "${params.id}"`);
	return { model };
};

import { resolve } from '$app/paths';
import type { ModeLinks } from '$lib/ui/mode-links';

/** Where each mode of comparison `id` lives. */
export function modeLinks(id: string): ModeLinks {
	return {
		home: resolve('/'),
		explorer: resolve(`/c/${id}/`),
		present: resolve(`/c/${id}/present/`),
		quiz: resolve(`/c/${id}/quiz/`),
		handout: resolve(`/c/${id}/handout/`),
		template: `${resolve('/edit/')}?template=${id}`,
		file: resolve(`/c/${id}/${id}.standpoint.json`)
	};
}

import { resolve } from '$app/paths';
import type { ModeLinks } from '../ui/mode-links';

const query = (id: string) => `?id=${encodeURIComponent(id)}`;

/** The editor of a draft. */
export function editUrl(id: string): string {
	return `${resolve('/edit/')}?draft=${encodeURIComponent(id)}`;
}

/**
 * Where each mode of a draft lives: one prerendered page per mode that reads the draft named in
 * its query, so every address survives a reload on any static host.
 */
export function draftLinks(id: string): ModeLinks {
	return {
		home: resolve('/'),
		explorer: resolve('/draft/') + query(id),
		present: resolve('/draft/present/') + query(id),
		quiz: resolve('/draft/quiz/') + query(id),
		evidence: resolve('/draft/evidence/') + query(id),
		handout: resolve('/draft/handout/') + query(id),
		edit: editUrl(id)
	};
}

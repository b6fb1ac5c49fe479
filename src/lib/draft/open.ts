import { blankDraft, type Draft } from './draft';
import { loadDraft } from './store';
import { draftFromTemplate } from './template';

export type Editing =
	/** `created`: a new draft, not stored yet; the page's first save stores it. */
	| { status: 'open'; draft: Draft; created: boolean }
	| { status: 'missing'; id: string }
	| { status: 'failed'; reason: string };

/** Whether an editor page's query names no draft and no template: it starts a new blank draft. */
export function isNewDraft(params: URLSearchParams): boolean {
	return !params.has('draft') && !params.has('template');
}

/**
 * The draft an editor page opens, from its query: `?draft=<id>` a stored one, `?template=<id>`
 * a new copy of the site's comparison `id` (its file found by `templateUrl`), nothing a new
 * blank draft.
 */
export async function openForEditing(
	params: URLSearchParams,
	templateUrl: (id: string) => string
): Promise<Editing> {
	const id = params.get('draft');
	if (id !== null) {
		const loaded = await loadDraft(id);
		if (loaded.status === 'found') return { status: 'open', draft: loaded.draft, created: false };
		return loaded.status === 'missing'
			? { status: 'missing', id }
			: { status: 'failed', reason: loaded.reason };
	}
	const template = params.get('template');
	if (template === null) return { status: 'open', draft: blankDraft(), created: true };
	try {
		return { status: 'open', draft: await draftFromTemplate(templateUrl(template)), created: true };
	} catch (error) {
		return { status: 'failed', reason: (error as Error).message };
	}
}

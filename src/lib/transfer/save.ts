/**
 * "Save to my comparisons" for an opened file or link: it becomes a draft kept on this device,
 * with the file's title, source and comparison unchanged, under the comparison's own id. So the
 * same link saved twice finds the draft it made the first time instead of adding a silent copy;
 * a second copy is made only when asked for ("keep both").
 */
import { normalizeText } from '../anchoring/index.ts';
import { DRAFT_FORMAT, draftFrom, type Draft, type DraftSource } from '../draft/draft.ts';
import { loadDraft, saveDraft } from '../draft/store.ts';
import { orderKeys } from './order.ts';
import type { StandpointFile } from './schema.ts';

export type SaveOutcome =
	| { status: 'saved'; draft: Draft }
	/** This very comparison is saved already. */
	| { status: 'already'; draft: Draft }
	/** A different comparison (say, this one edited since) is saved under the same id. */
	| { status: 'taken'; draft: Draft }
	| { status: 'failed'; reason: string };

/** The draft's source: the file's metadata and text, without the text's seal. */
export function draftSourceOf(file: StandpointFile): DraftSource {
	const { text, sha256: _sha256, ...meta } = structuredClone(file.source);
	return { meta, text: normalizeText(text) };
}

/** A draft holding exactly the file's comparison and source, under the comparison's id. */
export function draftOf(file: StandpointFile, now = new Date()): Draft {
	const at = now.toISOString();
	return {
		id: file.comparison.id,
		formatVersion: DRAFT_FORMAT,
		revision: 0,
		createdAt: at,
		updatedAt: at,
		source: draftSourceOf(file),
		comparison: structuredClone(file.comparison)
	};
}

/** Whether a stored draft holds the file's comparison and source as they are. */
export function holdsFile(draft: Draft, file: StandpointFile): boolean {
	const same = (a: unknown, b: unknown) =>
		JSON.stringify(orderKeys(a)) === JSON.stringify(orderKeys(b));
	return same(draft.comparison, file.comparison) && same(draft.source, draftSourceOf(file));
}

/**
 * Saves the file as a draft. With `keepBoth`, always as a new draft under a fresh id (titled
 * "Copy of …", as any copy is); otherwise under its own id, unless a draft is there already.
 */
export async function saveOpened(
	file: StandpointFile,
	{ keepBoth = false } = {}
): Promise<SaveOutcome> {
	if (keepBoth) {
		return outcome(await saveDraft(draftFrom(file.comparison, draftSourceOf(file))), file);
	}
	const stored = await loadDraft(file.comparison.id);
	if (stored.status === 'failed') return stored;
	if (stored.status === 'found') {
		return { status: holdsFile(stored.draft, file) ? 'already' : 'taken', draft: stored.draft };
	}
	return outcome(await saveDraft(draftOf(file)), file);
}

function outcome(result: Awaited<ReturnType<typeof saveDraft>>, file: StandpointFile): SaveOutcome {
	if (result.status === 'saved') return result;
	if (result.status === 'failed') return result;
	// Saved in another tab between the look and the save: say what is there now.
	return result.stored
		? { status: holdsFile(result.stored, file) ? 'already' : 'taken', draft: result.stored }
		: { status: 'failed', reason: 'another tab was saving it at the same moment; try again' };
}

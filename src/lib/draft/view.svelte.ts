import { buildModel } from '../model/build';
import type { ComparisonModel } from '../model/types';
import type { Problem } from '../model/validate';
import { draftSource, type Draft } from './draft';
import { draftProblems } from './problems';
import { loadDraft, onDraftChange } from './store';

/** Where a draft page stands: opening, showing its draft, or unable to, and why. */
export type DraftViewState =
	| { kind: 'opening' }
	| { kind: 'ready'; draft: Draft; model: ComparisonModel; problems: Problem[] }
	| { kind: 'no-id' }
	| { kind: 'missing'; id: string }
	| { kind: 'failed'; id: string; reason: string };

/**
 * One draft as a page shows it, read from the device and built into the model every mode reads,
 * in the browser; shown again whenever another tab saves it (the editor beside it, say).
 */
export class DraftView {
	state: DraftViewState = $state.raw({ kind: 'opening' });
	#id: string | null = null;

	/** The model, once the draft is open. */
	get model(): ComparisonModel | undefined {
		return this.state.kind === 'ready' ? this.state.model : undefined;
	}

	/** Opens the draft `id` (from the page's query) and follows its changes; returns the stop. */
	open(id: string | null): () => void {
		this.#id = id;
		if (!id) {
			this.state = { kind: 'no-id' };
			return () => {};
		}
		void this.#read(id);
		return onDraftChange((change) => {
			if (change.id === this.#id) void this.#read(change.id);
		});
	}

	async #read(id: string): Promise<void> {
		const loaded = await loadDraft(id);
		if (loaded.status === 'missing') this.state = { kind: 'missing', id };
		else if (loaded.status === 'failed') this.state = { kind: 'failed', id, reason: loaded.reason };
		else this.state = built(loaded.draft);
	}
}

/** A draft built for showing; a draft too broken to build says why instead of breaking the page. */
function built(draft: Draft): DraftViewState {
	try {
		const model = buildModel(draft.comparison, draftSource(draft));
		return { kind: 'ready', draft, model, problems: draftProblems(draft) };
	} catch (error) {
		return {
			kind: 'failed',
			id: draft.id,
			reason: `it cannot be shown (${error instanceof Error ? error.message : String(error)})`
		};
	}
}

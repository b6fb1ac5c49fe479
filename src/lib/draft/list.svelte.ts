import { draftTitle, duplicate, type Draft } from './draft';
import { deleteDraft, listDrafts, onDraftChange, restoreDraft, saveDraft } from './store';

/** The drafts on this device, as the index lists them, with the last deletion ready to undo. */
export class DraftList {
	drafts: Draft[] = $state.raw([]);
	/** False until the device has been read. */
	loaded = $state(false);
	/** How many stored records could not be opened as drafts. */
	unreadable = $state(0);
	/** What went wrong with the last action, in words; empty when nothing did. */
	failure = $state('');
	/** What the last action did, for a polite live region. */
	notice = $state('');
	/** The draft deleted last, until it is restored or another action is taken. */
	deleted: Draft | undefined = $state.raw();

	/** Reads the list now and again whenever a tab changes a draft; returns the stop. */
	follow(): () => void {
		void this.refresh();
		return onDraftChange(() => void this.refresh());
	}

	async refresh(): Promise<void> {
		const listed = await listDrafts();
		this.loaded = true;
		if (listed.status === 'failed') {
			this.failure = `Your comparisons cannot be read: ${listed.reason}.`;
			return;
		}
		this.drafts = listed.drafts;
		this.unreadable = listed.unreadable;
	}

	/** Saves a copy of a draft under a new id; returns the copy, or undefined when it failed. */
	async duplicate(draft: Draft): Promise<Draft | undefined> {
		this.deleted = undefined;
		this.failure = '';
		const saved = await saveDraft(duplicate(draft));
		if (saved.status !== 'saved') return this.#fail('copied', saved);
		this.notice = `Made “${draftTitle(saved.draft)}”.`;
		await this.refresh();
		return saved.draft;
	}

	async remove(draft: Draft): Promise<void> {
		this.failure = '';
		const result = await deleteDraft(draft.id);
		if (result.status === 'failed') {
			this.#fail('deleted', result);
			return;
		}
		this.deleted = result.draft ?? draft;
		this.notice = `Deleted “${draftTitle(draft)}”.`;
		await this.refresh();
	}

	/** Puts the last deleted draft back as it was; returns it, or undefined when it failed. */
	async undo(): Promise<Draft | undefined> {
		const draft = this.deleted;
		if (!draft) return undefined;
		this.failure = '';
		const result = await restoreDraft(draft);
		if (result.status === 'failed') return this.#fail('restored', result);
		this.deleted = undefined;
		this.notice = `Restored “${draftTitle(draft)}”.`;
		await this.refresh();
		return draft;
	}

	#fail(what: string, result: { status: string; reason?: string }): undefined {
		this.notice = '';
		this.failure =
			result.status === 'stale'
				? `It could not be ${what}: another tab changed it at the same time. Try again.`
				: `It could not be ${what}: ${result.reason}.`;
		return undefined;
	}
}

import type { Draft } from './draft';
import {
	askPersistence,
	loadDraft,
	onDraftChange,
	saveDraft,
	type Persistence,
	type SaveResult
} from './store';

/** Where the page's draft stands against the stored one. */
export type SaveState =
	| { kind: 'saved' }
	| { kind: 'saving' }
	| { kind: 'failed'; reason: string }
	/** Another tab saved (or deleted) the draft since this page's copy was based on it. */
	| { kind: 'conflict'; deleted: boolean };

/** How long edits wait to be saved together; every change is stored within about a second. */
export const SAVE_DELAY = 500;

/**
 * Keeps one draft saved on the device while a page edits it: saves the latest version shortly
 * after each change and at once when the page is hidden or left, says how that went, and
 * refuses to write over a version another tab saved. The page's copy is never dropped: a
 * failed or refused save leaves it in `draft`, unsaved, until it can be stored.
 *
 * It takes whole versions of the draft (`update`), never patches, and keeps the stored
 * revision to itself, so an editor's undo and redo are just older and newer versions.
 */
export class DraftSaver {
	/** The page's version of the draft, with every change, saved or not. */
	draft: Draft = $state.raw()!;
	state: SaveState = $state.raw({ kind: 'saved' });
	/** Whether the browser agreed to keep the site's storage; asked on the first save. */
	persistence: Persistence | undefined = $state();
	/** The stored revision the page's version is based on. */
	revision = $state(0);
	#dirty = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#queue: Promise<void> = Promise.resolve();
	#asked = false;
	readonly #delay: number;

	constructor(draft: Draft, options: { delay?: number } = {}) {
		this.draft = draft;
		this.revision = draft.revision;
		this.#delay = options.delay ?? SAVE_DELAY;
	}

	/** Whether the page has changes that are not stored. */
	get unsaved(): boolean {
		return this.#dirty || this.state.kind !== 'saved';
	}

	/** Takes a new version of the whole draft (an edit, an undo, a redo) and saves it soon. */
	update(next: Draft): void {
		this.draft = next;
		this.#dirty = true;
		if (this.state.kind === 'conflict') return;
		this.state = { kind: 'saving' };
		this.#timer ??= setTimeout(() => void this.flush(), this.#delay);
	}

	/** Saves now whatever is unsaved, unless another tab's version is waiting for a decision. */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#queue = this.#queue.then(() => this.#save());
		return this.#queue;
	}

	/** Tries a failed save again. */
	retry(): Promise<void> {
		this.#dirty = true;
		this.state = { kind: 'saving' };
		return this.flush();
	}

	/** Drops this page's unsaved changes for the version another tab saved. */
	async reload(): Promise<void> {
		const loaded = await loadDraft(this.draft.id);
		if (loaded.status === 'found') {
			this.#dirty = false;
			this.draft = loaded.draft;
			this.revision = loaded.draft.revision;
			this.state = { kind: 'saved' };
		} else if (loaded.status === 'missing') {
			this.state = { kind: 'conflict', deleted: true };
		} else {
			this.state = { kind: 'failed', reason: loaded.reason };
		}
	}

	/** Saves this page's version over the one another tab saved (or deleted). */
	async keepMine(): Promise<void> {
		const loaded = await loadDraft(this.draft.id);
		if (loaded.status === 'failed') {
			this.state = { kind: 'failed', reason: loaded.reason };
			return;
		}
		this.revision = loaded.status === 'found' ? loaded.draft.revision : 0;
		this.#dirty = true;
		this.state = { kind: 'saving' };
		return this.flush();
	}

	/**
	 * Listens for what a page must answer: being hidden or left (save now), being closed with
	 * unsaved changes (the browser asks first), and another tab saving the same draft. Returns
	 * the function that stops listening.
	 */
	connect(): () => void {
		const hidden = () => {
			if (document.visibilityState === 'hidden') void this.flush();
		};
		const leaving = () => void this.flush();
		const closing = (event: BeforeUnloadEvent) => {
			if (this.unsaved) event.preventDefault();
		};
		document.addEventListener('visibilitychange', hidden);
		window.addEventListener('pagehide', leaving);
		window.addEventListener('beforeunload', closing);
		const stop = onDraftChange((change) => {
			if (change.id !== this.draft.id) return;
			if ('deleted' in change) this.state = { kind: 'conflict', deleted: true };
			else if (change.revision !== this.revision) this.state = { kind: 'conflict', deleted: false };
			// Put back (undone) as it was when this page last saved it: nothing to decide.
			else if (this.state.kind === 'conflict') void this.retry();
		});
		return () => {
			document.removeEventListener('visibilitychange', hidden);
			window.removeEventListener('pagehide', leaving);
			window.removeEventListener('beforeunload', closing);
			stop();
		};
	}

	async #save(): Promise<void> {
		if (!this.#dirty || this.state.kind === 'conflict') return;
		this.#dirty = false;
		this.#settle(await saveDraft({ ...$state.snapshot(this.draft), revision: this.revision }));
	}

	#settle(result: SaveResult): void {
		if (result.status === 'saved') {
			this.revision = result.draft.revision;
			// Edits made while the save was on its way have their own save scheduled.
			this.state = this.#dirty ? { kind: 'saving' } : { kind: 'saved' };
			if (!this.#asked) {
				this.#asked = true;
				void askPersistence().then((answer) => (this.persistence = answer));
			}
			return;
		}
		this.#dirty = true;
		this.state =
			result.status === 'stale'
				? { kind: 'conflict', deleted: result.stored === undefined }
				: { kind: 'failed', reason: result.reason };
	}
}

/** The save status in words, for the page's status line. */
export function saveStatusText(state: SaveState): string {
	switch (state.kind) {
		case 'saved':
			return 'Saved on this device';
		case 'saving':
			return 'Saving…';
		case 'failed':
			return `Not saved: ${state.reason}`;
		case 'conflict':
			return state.deleted ? 'Deleted in another tab' : 'Changed in another tab';
	}
}

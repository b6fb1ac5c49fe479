import { createContext } from 'svelte';
import type { Draft } from '../draft/draft';
import { draftProblems } from '../draft/problems';
import type { DraftSaver } from '../draft/saver.svelte';
import type { Problem } from '../model/validate';
import { byField } from './fields';
import { buildDraft, rowHints, type Built, type RowHint } from './omitted';
import type { PassageCheck } from './recheck';
import type { Range } from './words';

/** Edits of the same field this close together are undone as one. */
const MERGE_WINDOW = 1000;
const HISTORY = 200;

/**
 * A selection in the text waiting for its voice: where it is and where its bar goes; `row` when
 * it was offered for a row's empty side, so the claim lands on that row.
 */
export type Pending = Range & { x: number; y: number; keyboard?: boolean; row?: string };

/**
 * One editing session over a draft: every change goes through `change`, which keeps the version
 * before it for undo and hands the new one to the saver. Also what the parts of the page share:
 * the selection waiting for a voice, the claim open in the form, the problems by field.
 */
export class Editor {
	readonly saver: DraftSaver;
	#past: Draft[] = $state.raw([]);
	#future: Draft[] = $state.raw([]);
	#last: { tag: string; at: number } | undefined;
	/** A selection in the text, snapped to words, waiting for a voice. */
	pending: Pending | undefined = $state.raw();
	/** The claim open in the claim form. */
	open: string | undefined = $state();
	/** A claim waiting for the next selection to become its further passage. */
	addingTo: string | undefined = $state();
	/** A lost passage of a claim waiting for the next selection to take its place. */
	reselect: { claim: string; index: number } | undefined = $state.raw();
	/** How each passage fared when the text was last edited, until the page is left. */
	checks: PassageCheck[] | undefined = $state.raw();
	/** A passage to show in the text and offer as a claim on a row; the text takes it up. */
	target: (Range & { row: string }) | undefined = $state.raw();

	constructor(saver: DraftSaver) {
		this.saver = saver;
	}

	get draft(): Draft {
		return this.saver.draft;
	}

	/** Everything `validate()` finds, as you type. */
	readonly problems: Problem[] = $derived.by(() => draftProblems(this.saver.draft));
	/** The problems by the field they are shown beside. */
	readonly fields: Map<string, string[]> = $derived.by(() => byField(this.problems));
	/** The draft's model as readers will see it, or why there is none yet. */
	readonly built: Built = $derived.by(() => buildDraft(this.saver.draft));
	/** Each row's empty sides: what the text may have for them, or that it gives nothing. */
	readonly hints: RowHint[] = $derived.by(() => {
		const { model } = this.built;
		const { text, meta } = this.saver.draft.source;
		return model ? rowHints(model, text, meta.language) : [];
	});

	get canUndo(): boolean {
		return this.#past.length > 0;
	}
	get canRedo(): boolean {
		return this.#future.length > 0;
	}

	/**
	 * Makes a new version of the draft. Changes with the same `tag` (one field being typed in)
	 * within a second are one step of undo.
	 */
	change(next: Draft, tag = ''): void {
		if (next === this.draft) return;
		const now = Date.now();
		const merge = tag !== '' && this.#last?.tag === tag && now - this.#last.at < MERGE_WINDOW;
		if (!merge) this.#past = [...this.#past, this.draft].slice(-HISTORY);
		this.#future = [];
		this.#last = { tag, at: now };
		this.saver.update(next);
	}

	undo(): void {
		const previous = this.#past.at(-1);
		if (!previous) return;
		this.#past = this.#past.slice(0, -1);
		this.#future = [this.draft, ...this.#future];
		this.#last = undefined;
		this.saver.update(previous);
	}

	redo(): void {
		const [next, ...rest] = this.#future;
		if (!next) return;
		this.#future = rest;
		this.#past = [...this.#past, this.draft];
		this.#last = undefined;
		this.saver.update(next);
	}

	/** The plain-words problems of one field. */
	problemsOf = (key: string): string[] => this.fields.get(key) ?? [];
}

export const [getEditor, setEditor] = createContext<Editor>();

import { presentSteps, rowTitle, stepAfterKey, type Step, type StepKey } from './steps';
import { labelsOf } from '../model/labels';
import type { ComparisonModel } from '../model/types';

/** A presentation in progress: its steps, the one on screen, and whether the framing shows. */
export class Deck {
	readonly model: ComparisonModel;
	/** How many steps each row that is too tall for one screen continues over, as measured. */
	// Replaced whole on each measure, never changed in place: a plain map in raw state is enough.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	parts = $state.raw<ReadonlyMap<string, number>>(new Map());
	/** The step on screen, 1-based. */
	current = $state(1);
	/** False until the browser takes over: until then every step is on the page, stacked. */
	ready = $state(false);
	showAuthor = $state(true);
	#onmove: ((step: number) => void) | undefined;

	/** `onmove` hears of every step the presenter moves to, e.g. to put it in the URL. */
	constructor(model: ComparisonModel, options: { onmove?: (step: number) => void } = {}) {
		this.model = model;
		this.#onmove = options.onmove;
	}

	/**
	 * The steps, with the rows continued over as many steps as measured (with every claim shown,
	 * so hiding the author's words never renumbers the steps).
	 */
	readonly steps: Step[] = $derived.by(() => presentSteps(this.model, this.parts));

	/**
	 * Continues rows over `parts` steps each, keeping on screen the row (its first part) that was
	 * there, so a presenter is not moved by a re-measure.
	 */
	continueRows(parts: ReadonlyMap<string, number>): void {
		const same =
			parts.size === this.parts.size && [...parts].every(([k, v]) => this.parts.get(k) === v);
		if (same) return;
		const was = this.steps[this.current - 1];
		this.parts = parts;
		if (was?.kind !== 'row') return this.#keep(was);
		const at = this.steps.findIndex((s) => s.kind === 'row' && s.row.id === was.row.id);
		if (at >= 0) this.current = at + 1;
	}

	#keep(was: Step | undefined): void {
		if (!was) return;
		const at = this.steps.findIndex((s) => s.kind === was.kind);
		if (at >= 0 && was.kind !== 'title') this.current = at + 1;
	}

	get count(): number {
		return this.steps.length;
	}

	/** Shows one step at a time from `step` on (clamped to the deck). */
	start(step: number): void {
		this.current = this.#clamp(step);
		this.ready = true;
	}

	go(step: number): void {
		this.current = this.#clamp(step);
		this.#onmove?.(this.current);
	}

	/** Moves by a presenter's key; false when the key does not navigate. */
	key(event: StepKey): boolean {
		const next = stepAfterKey(event, this.current, this.count);
		if (next === undefined) return false;
		this.go(next);
		return true;
	}

	/** What a step is called in the progress bar. */
	label(step: Step): string {
		if (step.kind === 'row') return rowTitle(step);
		if (step.kind === 'framing') return labelsOf(this.model).framing.own;
		return step.kind === 'title' ? this.model.title : 'Discussion';
	}

	#clamp(step: number): number {
		return Math.min(Math.max(step, 1), this.count);
	}
}

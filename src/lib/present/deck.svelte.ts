import { presentSteps, stepAfterKey, type Step, type StepKey } from './steps';
import { labelsOf } from '../model/labels';
import type { ComparisonModel } from '../model/types';

/** A presentation in progress: its steps, the one on screen, and whether the framing shows. */
export class Deck {
	readonly model: ComparisonModel;
	readonly steps: Step[];
	/** The step on screen, 1-based. */
	current = $state(1);
	/** False until the browser takes over: until then every step is on the page, stacked. */
	ready = $state(false);
	showAuthor = $state(true);
	#onmove: ((step: number) => void) | undefined;

	/** `onmove` hears of every step the presenter moves to, e.g. to put it in the URL. */
	constructor(model: ComparisonModel, options: { onmove?: (step: number) => void } = {}) {
		this.model = model;
		this.steps = presentSteps(model);
		this.#onmove = options.onmove;
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
		if (step.kind === 'row') return step.row.label;
		if (step.kind === 'framing') return labelsOf(this.model).framing.own;
		return step.kind === 'title' ? this.model.title : 'Discussion';
	}

	#clamp(step: number): number {
		return Math.min(Math.max(step, 1), this.count);
	}
}

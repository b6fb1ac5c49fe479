import type { ComparisonModel, Span } from '../model/types';
import { STATIC_SEED } from '../quiz/session.svelte';
import {
	evidenceItems,
	markSelection,
	scoreEvidence,
	type EvidenceAnswer,
	type EvidenceItem,
	type EvidenceScore,
	type Verdict
} from './evidence';

/** One round of "Find the evidence": the order (seed), the question on screen and the answers. */
export class EvidenceSession {
	readonly model: ComparisonModel;
	seed = $state(STATIC_SEED);
	/** 1-based; one past the last question is the score. */
	question = $state(1);
	answers = $state<Record<string, EvidenceAnswer>>({});
	/** The verdict of the answer on screen, with the way to look when it was close. */
	verdicts = $state<Record<string, Verdict>>({});
	/** False until the browser takes over: until then the questions are listed as text. */
	ready = $state(false);

	items: EvidenceItem[];
	item: EvidenceItem | undefined;
	given: EvidenceAnswer | undefined;
	verdict: Verdict | undefined;
	score: EvidenceScore;
	#onchange: ((seed: number, question: number) => void) | undefined;

	/** `onchange` hears of every new seed or question, e.g. to put them in the URL. */
	constructor(
		model: ComparisonModel,
		options: { onchange?: (seed: number, question: number) => void } = {}
	) {
		this.model = model;
		this.#onchange = options.onchange;
		this.items = $derived(evidenceItems(this.model, this.seed));
		this.item = $derived(this.items[this.question - 1]);
		this.given = $derived(this.item ? this.answers[this.item.claim.id] : undefined);
		this.verdict = $derived(this.item ? this.verdicts[this.item.claim.id] : undefined);
		this.score = $derived(scoreEvidence(this.items, this.answers));
	}

	/** Starts on `seed` at question `question` (1-based; one past the last is the score). */
	start(seed: number, question: number): void {
		this.seed = seed;
		this.ready = true;
		this.go(question);
	}

	go(question: number): void {
		this.question = Math.min(Math.max(question, 1), this.items.length + 1);
		this.#onchange?.(this.seed, this.question);
	}

	/** Marks a selection as the answer to the question on screen; undefined if already answered. */
	answer(selection: Span): Verdict | undefined {
		if (!this.item || this.given) return undefined;
		const verdict = markSelection(this.model, this.item, selection);
		this.answers[this.item.claim.id] = { ...selection, verdict: verdict.kind };
		this.verdicts[this.item.claim.id] = verdict;
		return verdict;
	}

	/** The same order again, from the first question, with no answers. */
	replay(): void {
		this.answers = {};
		this.verdicts = {};
		this.go(1);
	}

	/** A new order, from the first question, with no answers. */
	reshuffle(seed: number): void {
		this.seed = seed;
		this.replay();
	}
}

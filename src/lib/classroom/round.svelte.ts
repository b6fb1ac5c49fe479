import { parseQuestion } from '../quiz/quiz';
import { parseSeed, randomSeed } from '../quiz/shuffle';
import type { ComparisonModel } from '../model/types';

/** The order shown before the script runs and without it. */
export const STATIC_SEED = 1;

/** What every question of a round is about: one claim, listed by its paraphrase on the score. */
export type RoundItem = { claim: { id: string; text: string } };

/** What a round's question and score are handed: the heading's id and the ways to move on. */
export type RoundControls = {
	headingId: string;
	go: (question: number) => void;
	replay: () => void;
	reshuffle: () => void;
};

/** Tells of every new seed or question, e.g. to put them in the URL. */
export type RoundChange = (seed: number, question: number) => void;

/**
 * A round of a seeded classroom game ("Who said it?", "Find the evidence"): the order (seed),
 * the question on screen (1-based; one past the last is the score) and the answers by claim.
 * A mode says how its items are made and what an answer is.
 */
export abstract class Round<Item extends RoundItem, Answer> {
	readonly model: ComparisonModel;
	seed = $state(STATIC_SEED);
	question = $state(1);
	answers = $state<Record<string, Answer>>({});
	/** False until the browser takes over: until then every question is listed as text. */
	ready = $state(false);

	items: Item[] = $derived.by(() => this.itemsFor(this.model, this.seed));
	/** The question on screen, or undefined on the score. */
	item: Item | undefined = $derived(this.items[this.question - 1]);
	/** The answer given to the question on screen, if any. */
	given: Answer | undefined = $derived(this.item ? this.answers[this.item.claim.id] : undefined);
	#onchange: RoundChange | undefined;

	constructor(model: ComparisonModel, options: { onchange?: RoundChange } = {}) {
		this.model = model;
		this.#onchange = options.onchange;
	}

	/** The round's questions in the order `seed` gives. */
	protected abstract itemsFor(model: ComparisonModel, seed: number): Item[];

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

	/** The same order again, from the first question, with no answers. */
	replay(): void {
		this.answers = {};
		this.go(1);
	}

	/** A new order, from the first question, with no answers. */
	reshuffle(seed: number): void {
		this.seed = seed;
		this.replay();
	}
}

/** Starts a round where the URL's `seed` and `q` say, a fresh shuffle when it names none. */
export function startFromUrl(round: Round<RoundItem, unknown>, params: URLSearchParams): void {
	const seed = parseSeed(params.get('seed')) ?? randomSeed();
	round.start(seed, parseQuestion(params.get('q'), round.items.length));
}

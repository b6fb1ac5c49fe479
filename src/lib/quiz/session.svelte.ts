import {
	choiceForKey,
	quizChoices,
	quizItems,
	scoreQuiz,
	type QuizChoice,
	type QuizItem,
	type QuizScore
} from './quiz';
import type { ComparisonModel } from '../model/types';

/** The order shown before the script runs and without it. */
export const STATIC_SEED = 1;

/** What a key press does in a quiz, for the page to carry out. */
export type QuizKey = { choose: string } | { go: number } | null;

/** One game of "Who said it?": the order (seed), the question on screen and the class's answers. */
export class QuizSession {
	readonly model: ComparisonModel;
	readonly choices: QuizChoice[];
	seed = $state(STATIC_SEED);
	/** 1-based; one past the last question is the score. */
	question = $state(1);
	answers = $state<Record<string, string>>({});
	/** False until the browser takes over: until then every question is listed, answers hidden. */
	ready = $state(false);

	items: QuizItem[];
	/** The question on screen, or undefined on the score. */
	item: QuizItem | undefined;
	/** The answer given to the question on screen, if any. */
	given: string | undefined;
	score: QuizScore;
	#onchange: ((seed: number, question: number) => void) | undefined;

	/** `onchange` hears of every new seed or question, e.g. to put them in the URL. */
	constructor(
		model: ComparisonModel,
		options: { onchange?: (seed: number, question: number) => void } = {}
	) {
		this.model = model;
		this.choices = quizChoices(model);
		this.#onchange = options.onchange;
		this.items = $derived(quizItems(this.model, this.seed));
		this.item = $derived(this.items[this.question - 1]);
		this.given = $derived(this.item ? this.answers[this.item.claim.id] : undefined);
		this.score = $derived(scoreQuiz(this.items, this.answers));
	}

	/** Starts the game on `seed` at question `question` (1-based; one past the last is the score). */
	start(seed: number, question: number): void {
		this.seed = seed;
		this.question = Math.min(Math.max(question, 1), this.items.length + 1);
		this.ready = true;
		this.#changed();
	}

	go(question: number): void {
		this.question = Math.min(Math.max(question, 1), this.items.length + 1);
		this.#changed();
	}

	/** Records the class's answer to the question on screen; false if it was answered already. */
	choose(choice: string): boolean {
		if (!this.item || this.given !== undefined) return false;
		this.answers[this.item.claim.id] = choice;
		return true;
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

	/** What a key means here: a choice by number, on (→ once answered) or back (←). */
	key(key: string): QuizKey {
		const choice =
			this.item && this.given === undefined ? choiceForKey(key, this.choices) : undefined;
		if (choice) return { choose: choice };
		if (key === 'ArrowRight' && (this.given !== undefined || !this.item)) {
			return { go: this.question + 1 };
		}
		if (key === 'ArrowLeft') return { go: this.question - 1 };
		return null;
	}

	#changed(): void {
		this.#onchange?.(this.seed, this.question);
	}
}

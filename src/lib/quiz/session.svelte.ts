import { Round, type RoundChange } from '../classroom/round.svelte';
import type { ComparisonModel } from '../model/types';
import {
	choiceForKey,
	quizChoices,
	quizItems,
	scoreQuiz,
	type QuizChoice,
	type QuizItem,
	type QuizScore
} from './quiz';

/** What a key press does in a quiz, for the page to carry out. */
export type QuizKey = { choose: string } | { go: number } | null;

/** One game of "Who said it?": a round whose answer to each question is the chosen voice. */
export class QuizSession extends Round<QuizItem, string> {
	readonly choices: QuizChoice[];
	score: QuizScore = $derived(scoreQuiz(this.items, this.answers));

	/** `onchange` hears of every new seed or question, e.g. to put them in the URL. */
	constructor(model: ComparisonModel, options: { onchange?: RoundChange } = {}) {
		super(model, options);
		this.choices = quizChoices(model);
	}

	protected itemsFor(model: ComparisonModel, seed: number): QuizItem[] {
		return quizItems(model, seed);
	}

	/** Records the class's answer to the question on screen; false if it was answered already. */
	choose(choice: string): boolean {
		if (!this.item || this.given !== undefined) return false;
		this.answers[this.item.claim.id] = choice;
		return true;
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
}

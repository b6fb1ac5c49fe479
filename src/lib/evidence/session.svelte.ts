import { Round } from '../classroom/round.svelte';
import type { ComparisonModel, Span } from '../model/types';
import {
	evidenceItems,
	markSelection,
	scoreEvidence,
	type EvidenceAnswer,
	type EvidenceItem,
	type EvidenceScore,
	type Verdict
} from './evidence';

/** One round of "Find the evidence": a round whose answer is a selection and its verdict. */
export class EvidenceSession extends Round<EvidenceItem, EvidenceAnswer> {
	/** The verdict of each answer, with the way to look when it was close. */
	verdicts = $state<Record<string, Verdict>>({});
	/** The verdict of the answer on screen. */
	verdict: Verdict | undefined = $derived(
		this.item ? this.verdicts[this.item.claim.id] : undefined
	);
	score: EvidenceScore = $derived(scoreEvidence(this.items, this.answers));

	protected itemsFor(model: ComparisonModel, seed: number): EvidenceItem[] {
		return evidenceItems(model, seed);
	}

	/** Marks a selection as the answer to the question on screen; undefined if already answered. */
	answer(selection: Span): Verdict | undefined {
		if (!this.item || this.given) return undefined;
		const verdict = markSelection(this.model, this.item, selection);
		this.answers[this.item.claim.id] = { ...selection, verdict: verdict.kind };
		this.verdicts[this.item.claim.id] = verdict;
		return verdict;
	}

	replay(): void {
		this.verdicts = {};
		super.replay();
	}
}

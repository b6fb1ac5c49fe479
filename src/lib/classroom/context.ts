import { createContext } from 'svelte';
import { labelsOf, type Wording } from '../model/labels';
import { claimOf } from '../model/select';
import type { ClaimModel, ComparisonModel, Voice } from '../model/types';
import { shortCitation } from '../source/cite';
import type { ModeLinks } from '../ui/mode-links';
import { excerptsFor, quotedPassages, type Excerpt, type QuotedPassage } from './excerpt';

/**
 * What every part of a classroom mode (present, quiz, handout) reads: the model, the links to
 * the other modes, and the quotes and excerpts of its claims, worked out once per claim.
 */
export class Classroom {
	readonly model: ComparisonModel;
	readonly links: ModeLinks;
	/** "Izvestia, April 14, 2025, p. 3": how a card cites the source under its quote. */
	readonly citation: string;
	/** The wordings of voices, in the word the source's kind of text gives ("the reporter", …). */
	readonly labels: Wording;
	#quotes = new Map<string, QuotedPassage[]>();

	constructor(model: ComparisonModel, links: ModeLinks) {
		this.model = model;
		this.links = links;
		this.citation = shortCitation(model.source);
		this.labels = labelsOf(model);
	}

	/** A claim by id; the modes only ever ask for claims of their own model. */
	claim = (id: string): ClaimModel => claimOf(this.model, id)!;

	/** Who speaks in a claim. */
	voiceOf = (id: string): Voice => claimOf(this.model, id)?.voice ?? { kind: 'framing' };

	/** The exact words a claim quotes, each flagged where its sentence goes on. */
	quotesOf = (id: string): QuotedPassage[] => {
		let quotes = this.#quotes.get(id);
		if (!quotes) this.#quotes.set(id, (quotes = quotedPassages(this.model, id)));
		return quotes;
	};

	/** The whole sentences around some claims' quotes. */
	excerptsOf = (ids: readonly string[]): Excerpt[] => excerptsFor(this.model, ids);
}

export const [getClassroom, setClassroom] = createContext<Classroom>();

/**
 * Every wording of voices, empty cells, steps and the author's framing found elsewhere, in one
 * place. The voice that is no side's is named by one word that follows the kind of text: an
 * opinion piece has an author, a news report a reporter, a press release an issuer.
 */
import { formatDate } from '../source/cite.ts';
import type { SourceKind } from './schema.ts';
import type { ComparisonModel, SideModel } from './types.ts';

/** The word for the voice that is no side's, by kind of text. */
const voiceWords: Record<SourceKind, string> = {
	opinion: 'author',
	news: 'reporter',
	'press-release': 'issuer',
	other: 'author'
};

/** "author", "reporter" or "issuer": how a text of this kind names its own voice. */
export function voiceWord(kind: SourceKind | undefined): string {
	return voiceWords[kind ?? 'other'];
}

type Named = Pick<SideModel, 'label' | 'letter'>;

/** The wordings for a source whose own voice is `word` ("author", "reporter", "issuer", …). */
export function wording(word = 'author') {
	const Word = word.charAt(0).toUpperCase() + word.slice(1);
	return {
		/** The word itself, for sentences of a mode's own. */
		word,
		/** The switch that shows or hides the author's words: their framing and their accounts. */
		layer: `${Word}’s words`,
		/** The quiz's answer for anything the author says in their own voice. */
		choice: `The ${word}’s own words`,
		framing: {
			/** On cards, toggles and exported cards. */
			short: `${Word}’s framing`,
			/** In the classroom modes: badges, answers, handout cards. */
			own: `The ${word}’s own framing`,
			/** In an exported image's legend. */
			legend: `${Word}’s framing (their own voice)`,
			/** For a screen reader, naming the sides the framing is about. */
			about: (sides: string[]) =>
				sides.length > 0 ? `${Word}’s framing, about ${sides.join(' and ')}` : `${Word}’s framing`,
			/** Who that is, on the title slide and in the handout's legend. */
			who: `The ${word}, in their own voice — not one of the sides.`,
			whoOnPaper: `The ${word} in their own voice, not one of the sides.`,
			/** Who that is, when a quiz answer is revealed. */
			whoRevealed: `The ${word}, in their own voice — not a position of any side.`,
			ofRow: `The ${word}’s framing of this row`,
			/** A slide's band when the switch has hidden the framing. */
			hidden: `The ${word}’s framing is hidden. Switch on “${Word}’s words” to show it.`
		},
		/** The author's account of one side, shown in that side's column. */
		account: {
			/** On a card in the side's column, on screen and in images. */
			short: (side: string) => `${Word}’s account of ${side}`,
			/** In the classroom modes: badges, answers, handout cards. */
			own: (side: string) => `The ${word}’s account of ${side}`,
			/** For a screen reader: whose words, and whose column. */
			who: (side: Named) =>
				`The ${word}’s own account of ${side.label}, in side ${side.letter}’s column, not ${side.label}’s reported words`,
			/** Who that is, when a quiz answer is revealed. */
			whoRevealed: (side: string) =>
				`The ${word}’s own words about ${side} — not a position the text reports ${side} taking.`,
			/** In legends. */
			legend: `${Word}’s account of a side`,
			legendWho: `The ${word}’s own words about one side, shown in that side’s column — not the side’s reported position.`
		},
		side: {
			/** For a screen reader: the side's label and letter. */
			who: (side: Named) => `${side.label}, side ${side.letter}`
		},
		/** A row where a side says nothing. */
		empty: {
			explorer: 'The text gives nothing here',
			slide: 'No position given here:',
			image: (sides: string[]) => `No claim on this point from: ${sides.join(', ')}`,
			paper: (sides: string[]) =>
				sides.length > 0 ? `No position given here for ${sides.join(', ')}.` : undefined
		},
		/** A claim's number in its side's lane. */
		step: {
			explorer: (n: number) => `Step ${n}.`,
			slide: 'Step ',
			image: (label: string, n: number | undefined) => (n ? `${label} · step ${n}` : label),
			paper: (n: number) => `Step ${n}`
		},
		/** An anchor that found no single place in the text (a draft's, while it is being fixed). */
		lost: {
			orphaned: 'Passage not found',
			ambiguous: 'Passage found in more than one place'
		},
		/** The author's framing that belongs to no row. */
		elsewhere: {
			explorer: `Elsewhere, the ${word}’s framing`,
			slide: `Where the ${word} speaks in their own voice, outside any one row: not a position of any side.`,
			slideLabel: 'Framing outside the rows',
			image: 'Elsewhere in the text',
			imageNote: `The ${word}’s own framing, not tied to one point of comparison.`,
			paper: `The ${word}’s own framing, elsewhere in the text`
		},
		/**
		 * What of an inferred date comes from the dateline: the year when the text gives the day
		 * ("Feb. 18" → "2025 from the dateline"), else the whole date ("April 11, 2025 from the
		 * dateline" for "The very next day").
		 */
		inferred: (event: { date?: string; when: string; inferred?: boolean }) => {
			if (!event.inferred || !event.date) return undefined;
			const dayOnly = /\d/.test(event.when) && !/\b\d{4}\b/.test(event.when);
			const whole = event.date.length === 10 ? formatDate(event.date) : event.date;
			return `${dayOnly ? event.date.slice(0, 4) : whole} from the dateline`;
		}
	};
}

export type Wording = ReturnType<typeof wording>;

const cache = new Map<string, Wording>();

/** The wordings for a comparison, named by its source's kind of text. */
export function labelsOf(model: Pick<ComparisonModel, 'source'>): Wording {
	const word = voiceWord(model.source.kind);
	let found = cache.get(word);
	if (!found) cache.set(word, (found = wording(word)));
	return found;
}

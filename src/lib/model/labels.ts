/**
 * Every wording of voices, empty cells, steps and the author's framing found elsewhere, in one
 * place. The author's voice is named by one word, so a source whose own voice is a reporter's or
 * an issuer's can be worded the same way.
 */
import type { SideModel } from './types.ts';

/** The wordings for a source whose own voice is `author` ("author", "reporter", "issuer", …). */
export function wording(author = 'author') {
	const Author = author.charAt(0).toUpperCase() + author.slice(1);
	return {
		author: {
			/** On cards, toggles and exported cards. */
			short: `${Author}’s framing`,
			/** In the classroom modes: badges, answers, handout cards. */
			own: `The ${author}’s own framing`,
			/** In an exported image's legend. */
			legend: `${Author}’s framing (the article’s own voice)`,
			/** For a screen reader, naming the sides the framing is about. */
			about: (sides: string[]) =>
				sides.length > 0
					? `${Author}’s framing, about ${sides.join(' and ')}`
					: `${Author}’s framing`,
			/** Who that is, on the title slide and in the handout's legend. */
			who: `The article’s ${author}, in their own voice — not one of the sides.`,
			whoOnPaper: `The article’s ${author} in their own voice, not one of the sides.`,
			/** Who that is, when a quiz answer is revealed. */
			whoRevealed: `The article’s ${author}, in their own voice — not a position of any side.`,
			ofRow: `The ${author}’s framing of this row`,
			/** A slide's band when the switch has hidden the framing. */
			hidden: `The ${author}’s framing is hidden. Switch on “${Author}’s framing” to show it.`
		},
		side: {
			/** For a screen reader: the side's label and letter. */
			who: (side: Pick<SideModel, 'label' | 'letter'>) => `${side.label}, side ${side.letter}`
		},
		/** A row where a side says nothing. */
		empty: {
			explorer: 'The article gives nothing here',
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
			explorer: `Elsewhere, the ${author}’s framing`,
			slide: `Where the article’s ${author} speaks in their own voice, outside any one row: not a position of any side.`,
			slideLabel: 'Framing outside the rows',
			image: 'Elsewhere in the article',
			imageNote: `The ${author}’s own framing, not tied to one point of comparison.`,
			paper: `The ${author}’s own framing, elsewhere in the article`
		}
	};
}

export type Wording = ReturnType<typeof wording>;

/** The wordings of the sources so far, whose own voice is an author's. */
export const labels: Wording = wording();

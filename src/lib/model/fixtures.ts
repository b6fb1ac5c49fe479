/**
 * Test fixtures: models built from a comparison written in the test and a text, through the same
 * `buildModel` the pages use, so no test depends on `data/` or on a hand-made model.
 */
import { describeRange, findQuote, type Anchor } from '../anchoring/index.ts';
import { buildModel } from './build.ts';
import type { Claim, Comparison, Source } from './schema.ts';
import type { ComparisonModel } from './types.ts';

/** A claim as a test writes it: its quotes are the exact words it anchors to. */
export type ClaimInput = {
	id: string;
	text: string;
	quotes: string[];
	/** A side's claim when given. */
	side?: string;
	/** Else the author's account of this side when given; the author's framing otherwise. */
	account?: string;
	dimension?: string;
	attribution?: string;
	/** The sides framing is about. */
	about?: string[];
};

export type ComparisonInput = {
	id?: string;
	title?: string;
	question?: string;
	layout?: Comparison['layout'];
	sides: { id: string; label: string; who?: string; hide?: string[] }[];
	dimensions: { id: string; label: string; description?: string; step?: number }[];
	claims: ClaimInput[];
	prompts?: Comparison['prompts'];
	timeline?: {
		id: string;
		when: string;
		date?: string;
		inferred?: boolean;
		text: string;
		quote: string;
	}[];
	/** The source text; without one, each quote becomes a paragraph of a text made for the test. */
	text?: string;
	source?: Partial<Source>;
};

const testSource: Omit<Source, 'text'> = {
	id: 'test-source',
	textFile: 'test-source.txt',
	publication: 'Izvestia',
	date: '2025-04-14',
	page: '3',
	language: 'en',
	citation: 'Izvestia, April 14, 2025, p. 3 (English translation, complete text)'
};

/** A comparison and its source from a test's input. */
export function comparisonFrom(input: ComparisonInput): { comparison: Comparison; source: Source } {
	const text =
		input.text ??
		[...input.claims.flatMap((c) => c.quotes), ...(input.timeline ?? []).map((e) => e.quote)].join(
			'\n'
		);
	// Without a text of its own, each quote is found at its own line, in the order written.
	let from = 0;
	const anchor = (quote: string): Anchor => {
		if (input.text === undefined) {
			const start = text.indexOf(quote, from);
			from = start + quote.length;
			return describeRange(text, start, start + quote.length);
		}
		const found = findQuote(text, quote, 1);
		if (found.kind !== 'found') throw new Error(`fixture quote not in the text: ${quote}`);
		return found.anchor;
	};
	const comparison: Comparison = {
		id: input.id ?? 'test-comparison',
		title: input.title ?? 'What comes first?',
		question: input.question ?? 'What does each side want settled first?',
		source: testSource.id,
		layout: input.layout ?? 'grid',
		sides: input.sides.map((s) => ({
			...s,
			who: s.who ?? `${s.label}, as the article reports it.`
		})),
		dimensions: input.dimensions,
		claims: input.claims.map(({ quotes, side, account, ...c }): Claim => {
			if (side !== undefined) {
				return {
					id: c.id,
					voice: 'side',
					side,
					dimension: c.dimension ?? '',
					attribution: c.attribution ?? `${side} says`,
					text: c.text,
					anchors: quotes.map(anchor)
				};
			}
			if (account !== undefined) {
				return {
					id: c.id,
					voice: 'account',
					about: [account],
					dimension: c.dimension ?? '',
					text: c.text,
					anchors: quotes.map(anchor)
				};
			}
			return {
				id: c.id,
				voice: 'framing',
				text: c.text,
				...(c.dimension ? { dimension: c.dimension } : {}),
				...(c.about ? { about: c.about } : {}),
				anchors: quotes.map(anchor)
			};
		}),
		...(input.timeline
			? {
					timeline: input.timeline.map(({ quote, ...e }) => ({ ...e, anchors: [anchor(quote)] }))
				}
			: {}),
		prompts: input.prompts ?? []
	};
	const source: Source = { ...testSource, ...input.source, text };
	return { comparison, source };
}

/** The model of a comparison written in a test; throws unless every quote is placed exactly. */
export function modelFrom(input: ComparisonInput): ComparisonModel {
	const { comparison, source } = comparisonFrom(input);
	const model = buildModel(comparison, source);
	const inexact = [...model.claims, ...model.timeline].filter((c) =>
		c.anchors.some((a) => a.status !== 'exact')
	);
	if (inexact.length > 0) throw new Error(`fixture quotes not exact: ${inexact.map((c) => c.id)}`);
	return model;
}

/**
 * A small comparison shaped like the seed: two sides, two step rows, the author's account of one
 * side, and author framing in and out of rows.
 */
export function smallModel(): ComparisonModel {
	return modelFrom({
		id: 'small-sequence',
		layout: 'sequence',
		sides: [
			{ id: 'russia', label: 'Russia' },
			{ id: 'united-states', label: 'United States' }
		],
		dimensions: [
			{
				id: 'first',
				label: 'First',
				description: 'What each side wants settled first.',
				step: 1
			},
			{ id: 'then', label: 'Then', step: 2 }
		],
		claims: [
			{
				id: 'ru-trust-first',
				side: 'russia',
				dimension: 'first',
				text: 'Trust and full bilateral relations must be restored first.',
				quotes: [
					'The Russian side believes that trust and full bilateral relations must be restored first'
				],
				attribution: 'The Russian side believes'
			},
			{
				id: 'ru-first-need',
				account: 'russia',
				dimension: 'first',
				text: 'The author writes that the first thing Russia needs is relations based on “equality”.',
				quotes: ['the first thing Russia needs to continue the dialogue']
			},
			{
				id: 'us-ceasefire-first',
				side: 'united-states',
				dimension: 'first',
				text: 'The primary task is a ceasefire and truce in Ukraine.',
				quotes: [
					'The Americans, however, say that the primary task is a ceasefire and truce in Ukraine'
				],
				attribution: 'The Americans, however, say'
			},
			{
				id: 'ru-then-stability',
				side: 'russia',
				dimension: 'then',
				text: 'After that come issues of strategic stability.',
				quotes: [
					'before moving to resolve issues of strategic stability',
					'including the Ukraine crisis.'
				]
			},
			{
				id: 'author-cowboy',
				dimension: 'first',
				text: 'The author calls the White House approach its characteristic “cowboy” fashion.',
				quotes: ['in its characteristic “cowboy” fashion']
			},
			{
				id: 'author-first-steps',
				text: 'The author writes as “we”.',
				quotes: ['Today we are taking the first steps']
			}
		]
	});
}

/** A comparison with `rows` rows of `perRow` claims each, to push layouts past one page. */
export function longModel(rows: number, perRow: number): ComparisonModel {
	const sides = [
		{ id: 'alpha', label: 'Alpha' },
		{ id: 'beta', label: 'Beta' }
	];
	const dimensions = Array.from({ length: rows }, (_, i) => ({
		id: `d${i + 1}`,
		label: `Point ${i + 1}`
	}));
	const claims = dimensions.flatMap((d, r) =>
		Array.from({ length: perRow }, (_, i) => ({
			id: `c${r + 1}-${i + 1}`,
			side: sides[i % 2]!.id,
			dimension: d.id,
			text: `Claim ${i + 1} of point ${r + 1}, a paraphrase long enough to wrap over more than one line.`,
			quotes: [
				`The words of the article behind claim ${i + 1} of point ${r + 1}, quoted exactly as printed.`
			]
		}))
	);
	return modelFrom({ id: 'long', sides, dimensions, claims });
}

/** A small source: two passages, four sentences in the first. */
export const classroomText =
	'Russia and the US differ. The Russian side believes that trust must come first. ' +
	'The Americans, however, say that a ceasefire comes first. Nobody has found common ground.\n' +
	'Hockey may help. The White House acted in its “cowboy” fashion.';

/** A two-side comparison over `classroomText`; as a sequence its two rows are steps 1 and 2. */
export function classroomModel(layout: 'grid' | 'sequence' = 'grid'): ComparisonModel {
	const step = (n: number) => (layout === 'sequence' ? { step: n } : {});
	return modelFrom({
		id: 'fixture',
		title: 'What comes first',
		question: 'Trust or ceasefire first?',
		layout,
		text: classroomText,
		source: { citation: 'Izvestia, April 14, 2025, p. 3' },
		sides: [
			{ id: 'russia', label: 'Russia', who: 'The Russian side' },
			{ id: 'us', label: 'United States', who: 'The Americans' }
		],
		dimensions: [
			{ id: 'order', label: 'What comes first', ...step(1) },
			{ id: 'ground', label: 'Common ground', ...step(2) }
		],
		claims: [
			{
				id: 'russia-trust',
				side: 'russia',
				dimension: 'order',
				attribution: 'The Russian side believes',
				text: 'Trust first.',
				quotes: ['The Russian side believes that trust must come first']
			},
			{
				id: 'us-ceasefire',
				side: 'us',
				dimension: 'order',
				attribution: 'The Americans, however, say',
				text: 'A ceasefire first.',
				quotes: ['a ceasefire comes first']
			},
			{
				id: 'russia-then',
				side: 'russia',
				dimension: 'order',
				attribution: 'The Russian side believes',
				text: 'Then stability.',
				quotes: ['trust must come first']
			},
			{
				id: 'us-ground',
				side: 'us',
				dimension: 'ground',
				attribution: 'Nobody',
				text: 'No common ground yet.',
				quotes: ['Nobody has found common ground']
			},
			{
				id: 'author-cowboy',
				text: 'The White House is a cowboy.',
				quotes: ['“cowboy” fashion'],
				dimension: 'order'
			},
			{ id: 'author-hockey', text: 'Hockey may help.', quotes: ['Hockey may help'] }
		],
		prompts: [
			{ id: 'why-order', text: 'Why does the order matter?', dimension: 'order' },
			{ id: 'general', text: 'Which side convinces you?' }
		]
	});
}

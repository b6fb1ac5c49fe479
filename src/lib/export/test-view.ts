import type {
	AnchorRange,
	AuthorClaimView,
	ComparisonView,
	Row,
	SideClaimView
} from '../comparison/view';
import type { Comparison } from '../model/schema';

type SideClaimInput = {
	id: string;
	side: string;
	dimension: string;
	text: string;
	quotes: string[];
	step?: number;
	attribution?: string;
};
type AuthorClaimInput = { id: string; dimension?: string; text: string; quotes: string[] };

/**
 * Builds a ComparisonView directly from claims and their quotes, for export tests: the export
 * reads only the view, so tests need neither the data folder nor anchoring.
 */
export function makeView(input: {
	id?: string;
	title?: string;
	question?: string;
	layout?: Comparison['layout'];
	sides: { id: string; label: string }[];
	dimensions: { id: string; label: string; description?: string }[];
	claims: SideClaimInput[];
	author?: AuthorClaimInput[];
}): ComparisonView {
	let offset = 0;
	const ranges = (quotes: string[]): AnchorRange[] =>
		quotes.map((quote, i) => {
			const start = offset;
			offset += quote.length + 1;
			return { start, end: start + quote.length, quote, passage: `p${i + 1}` };
		});
	const anchors = (r: AnchorRange[]) =>
		r.map((range) => ({
			quote: { type: 'TextQuoteSelector' as const, exact: range.quote, prefix: '', suffix: '' },
			position: { type: 'TextPositionSelector' as const, start: range.start, end: range.end }
		}));

	const sideClaims: SideClaimView[] = input.claims.map((c) => {
		const r = ranges(c.quotes);
		return {
			id: c.id,
			voice: 'side',
			side: c.side,
			dimension: c.dimension,
			step: c.step,
			attribution: c.attribution ?? `${c.side} says`,
			text: c.text,
			anchors: anchors(r),
			ranges: r
		};
	});
	const authorClaims: AuthorClaimView[] = (input.author ?? []).map((c) => {
		const r = ranges(c.quotes);
		return {
			id: c.id,
			voice: 'author',
			dimension: c.dimension,
			text: c.text,
			anchors: anchors(r),
			ranges: r
		};
	});
	const sides = input.sides.map((s) => ({ ...s, who: `${s.label}, as the article reports it.` }));
	const comparison: Comparison = {
		id: input.id ?? 'test-comparison',
		title: input.title ?? 'What comes first?',
		question: input.question ?? 'What does each side want settled first?',
		source: 'test-source',
		layout: input.layout ?? 'grid',
		sides,
		dimensions: input.dimensions,
		claims: [...sideClaims, ...authorClaims].map(({ ranges: _r, ...claim }) => claim),
		prompts: []
	};
	const rows: Row[] = input.dimensions.map((dimension) => ({
		dimension,
		cells: sides.map((side) => ({
			side,
			claims: sideClaims
				.filter((c) => c.side === side.id && c.dimension === dimension.id)
				.sort((a, b) => (a.step ?? 0) - (b.step ?? 0))
		})),
		author: authorClaims.filter((c) => c.dimension === dimension.id)
	}));
	return {
		comparison,
		source: {
			id: 'test-source',
			textFile: 'test-source.txt',
			publication: 'Izvestia',
			date: '2025-04-14',
			page: '3',
			language: 'en',
			citation: 'Izvestia, April 14, 2025, p. 3 (English translation, complete text)'
		},
		passages: [],
		claims: [...sideClaims, ...authorClaims],
		rows,
		authorElsewhere: authorClaims.filter((c) => c.dimension === undefined),
		timeline: []
	};
}

/** A small comparison shaped like the seed: two sides, two rows, author framing in and out of rows. */
export function smallView(): ComparisonView {
	return makeView({
		id: 'what-comes-first',
		layout: 'sequence',
		sides: [
			{ id: 'russia', label: 'Russia' },
			{ id: 'united-states', label: 'United States' }
		],
		dimensions: [
			{ id: 'first', label: 'First', description: 'What each side wants settled first.' },
			{ id: 'then', label: 'Then' }
		],
		claims: [
			{
				id: 'ru-trust-first',
				side: 'russia',
				dimension: 'first',
				step: 1,
				text: 'Trust and full bilateral relations must be restored first.',
				quotes: [
					'The Russian side believes that trust and full bilateral relations must be restored first'
				],
				attribution: 'The Russian side believes'
			},
			{
				id: 'us-ceasefire-first',
				side: 'united-states',
				dimension: 'first',
				step: 1,
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
				step: 2,
				text: 'Only then should issues of strategic stability be resolved.',
				quotes: [
					'before moving to resolve issues of strategic stability',
					'including the Ukraine crisis.'
				]
			}
		],
		author: [
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
export function longView(rows: number, perRow: number): ComparisonView {
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
	return makeView({ id: 'long', sides, dimensions, claims });
}

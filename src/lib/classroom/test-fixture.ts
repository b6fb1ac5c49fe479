import type { Comparison, Prompt } from '../model/schema';
import type {
	AnchorRange,
	AuthorClaimView,
	ClaimView,
	ComparisonView,
	PassageView,
	SideClaimView
} from '../comparison/view';

/** A small source: two passages, four sentences in the first. Offsets below are into this text. */
export const fixtureText =
	'Russia and the US differ. The Russian side believes that trust must come first. ' +
	'The Americans, however, say that a ceasefire comes first. Nobody has found common ground.\n' +
	'Hockey may help. The White House acted in its “cowboy” fashion.';

/** Sentence bounds of the fixture text by passage, as `splitPassages` gives them. */
export const fixtureSentences: Record<string, { start: number; end: number }[]> = {
	p1: [
		span('Russia and the US differ.'),
		span('The Russian side believes that trust must come first.'),
		span('The Americans, however, say that a ceasefire comes first.'),
		span('Nobody has found common ground.')
	],
	p2: [span('Hockey may help.'), span('The White House acted in its “cowboy” fashion.')]
};

function span(sentence: string): { start: number; end: number } {
	const start = fixtureText.indexOf(sentence);
	return { start, end: start + sentence.length };
}

function range(quote: string): AnchorRange {
	const start = fixtureText.indexOf(quote);
	if (start < 0) throw new Error(`fixture quote not in text: ${quote}`);
	const passage = start < fixtureText.indexOf('\n') ? 'p1' : 'p2';
	return { start, end: start + quote.length, quote, passage };
}

const anchorFor = (r: AnchorRange) => ({
	quote: { type: 'TextQuoteSelector' as const, exact: r.quote, prefix: '', suffix: '' },
	position: { type: 'TextPositionSelector' as const, start: r.start, end: r.end }
});

function sideClaim(
	id: string,
	side: string,
	dimension: string,
	attribution: string,
	text: string,
	quote: string,
	step?: number
): SideClaimView {
	const r = range(quote);
	return {
		id,
		voice: 'side',
		side,
		dimension,
		attribution,
		text,
		anchors: [anchorFor(r)],
		ranges: [r],
		...(step === undefined ? {} : { step })
	};
}

function authorClaim(id: string, text: string, quote: string, dimension?: string): AuthorClaimView {
	const r = range(quote);
	return {
		id,
		voice: 'author',
		text,
		anchors: [anchorFor(r)],
		ranges: [r],
		...(dimension === undefined ? {} : { dimension })
	};
}

/** Passage views with pieces split at every claim boundary, like `buildComparisonView` makes them. */
function passagesOf(claims: ClaimView[]): PassageView[] {
	const nl = fixtureText.indexOf('\n');
	const bounds = [
		{ id: 'p1', start: 0, end: nl },
		{ id: 'p2', start: nl + 1, end: fixtureText.length }
	];
	return bounds.map(({ id, start, end }) => {
		const cuts = new Set([start, end]);
		for (const c of claims) {
			for (const r of c.ranges) {
				if (r.start < end && r.end > start) {
					cuts.add(Math.max(start, r.start));
					cuts.add(Math.min(end, r.end));
				}
			}
		}
		const points = [...cuts].sort((a, b) => a - b);
		const pieces = points.slice(0, -1).map((from, i) => {
			const to = points[i + 1]!;
			return {
				start: from,
				end: to,
				text: fixtureText.slice(from, to),
				claims: claims
					.filter((c) => c.ranges.some((r) => r.start <= from && r.end >= to))
					.map((c) => c.id),
				events: []
			};
		});
		return { id, start, end, pieces };
	});
}

/** A two-side comparison over the fixture text; as a sequence its claims carry lane steps. */
export function fixtureView(layout: 'grid' | 'sequence' = 'grid'): ComparisonView {
	const sides = [
		{ id: 'russia', label: 'Russia', who: 'The Russian side' },
		{ id: 'us', label: 'United States', who: 'The Americans' }
	];
	const dimensions = [
		{ id: 'order', label: 'What comes first' },
		{ id: 'ground', label: 'Common ground' }
	];
	const step = (n: number) => (layout === 'sequence' ? n : undefined);
	const side: SideClaimView[] = [
		sideClaim(
			'russia-trust',
			'russia',
			'order',
			'The Russian side believes',
			'Trust first.',
			'The Russian side believes that trust must come first',
			step(1)
		),
		sideClaim(
			'us-ceasefire',
			'us',
			'order',
			'The Americans, however, say',
			'A ceasefire first.',
			'a ceasefire comes first',
			step(1)
		),
		sideClaim(
			'russia-then',
			'russia',
			'order',
			'The Russian side believes',
			'Then stability.',
			'trust must come first',
			step(2)
		),
		sideClaim(
			'us-ground',
			'us',
			'ground',
			'Nobody',
			'No common ground yet.',
			'Nobody has found common ground',
			step(2)
		)
	];
	const author = [
		authorClaim('author-cowboy', 'The White House is a cowboy.', '“cowboy” fashion', 'order'),
		authorClaim('author-hockey', 'Hockey may help.', 'Hockey may help')
	];
	const prompts: Prompt[] = [
		{ id: 'why-order', text: 'Why does the order matter?', dimension: 'order' },
		{ id: 'general', text: 'Which side convinces you?' }
	];
	const claims: ClaimView[] = [...side, ...author];
	const comparison: Comparison = {
		id: 'fixture',
		title: 'What comes first',
		question: 'Trust or ceasefire first?',
		source: 'fixture-source',
		layout,
		sides,
		dimensions,
		claims: claims.map(({ ranges: _ranges, ...c }) => c),
		prompts
	};
	return {
		comparison,
		source: {
			id: 'fixture-source',
			textFile: 'fixture-source.txt',
			publication: 'Izvestia',
			date: '2025-04-14',
			page: '3',
			language: 'en',
			citation: 'Izvestia, April 14, 2025, p. 3'
		},
		passages: passagesOf(claims),
		claims,
		rows: dimensions.map((dimension) => ({
			dimension,
			cells: sides.map((s) => ({
				side: s,
				claims: side
					.filter((c) => c.side === s.id && c.dimension === dimension.id)
					.sort((a, b) => (a.step ?? 0) - (b.step ?? 0))
			})),
			author: author.filter((a) => a.dimension === dimension.id)
		})),
		authorElsewhere: author.filter((a) => a.dimension === undefined),
		timeline: []
	};
}

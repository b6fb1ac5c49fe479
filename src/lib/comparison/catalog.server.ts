import files from 'virtual:standpoint-data';
import { formatProblem, loadCatalog, type ComparisonEntry } from './catalog';
import { buildComparisonView, type ComparisonView } from './view';

const { catalog, problems } = loadCatalog(files);
if (problems.length > 0) {
	throw new Error(`Standpoint data is invalid:\n${problems.map(formatProblem).join('\n')}`);
}

/** What the index shows of a comparison. */
export type ComparisonSummary = {
	id: string;
	title: string;
	question: string;
	layout: 'grid' | 'sequence';
	sides: { id: string; label: string }[];
	claimCount: number;
	citation: string;
};

/** Every valid comparison, in file order. */
export function listComparisons(): ComparisonSummary[] {
	return catalog.comparisons.map(({ comparison }) => ({
		id: comparison.id,
		title: comparison.title,
		question: comparison.question,
		layout: comparison.layout,
		sides: comparison.sides.map(({ id, label }) => ({ id, label })),
		claimCount: comparison.claims.filter((c) => c.voice === 'side').length,
		citation: catalog.sources.get(comparison.source)?.citation ?? comparison.source
	}));
}

const views = new Map<string, ComparisonView>();

/** The full view of one comparison, or undefined for an unknown id. */
export function getComparisonView(id: string): ComparisonView | undefined {
	const cached = views.get(id);
	if (cached) return cached;
	const entry: ComparisonEntry | undefined = catalog.comparisons.find(
		(c) => c.comparison.id === id
	);
	if (!entry) return undefined;
	const source = catalog.sources.get(entry.comparison.source);
	if (!source) return undefined;
	const view = buildComparisonView(entry.comparison, source);
	views.set(id, view);
	return view;
}

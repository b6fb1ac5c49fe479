// The comparisons the e2e tests run against, read the same way the build reads them, so tests
// follow the data instead of naming claims that may change.
import { formatProblem, loadCatalog } from '../src/lib/catalog/catalog';
import { readDataFiles } from '../src/lib/catalog/files';
import { buildModel } from '../src/lib/model/build';
import type { Comparison } from '../src/lib/model/schema';
import { placed } from '../src/lib/model/select';
import type { ClaimModel, ComparisonModel } from '../src/lib/model/types';

const dir = process.env.STANDPOINT_DATA_DIR ?? 'data';
const { catalog, problems } = loadCatalog(readDataFiles(dir), dir);
if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));

/** Every comparison's model, in catalog order: what each page is built from. */
export const models: ComparisonModel[] = catalog.comparisons.map(({ comparison }) =>
	buildModel(comparison, catalog.sources.get(comparison.source)!)
);

/** A comparison's model by id (file names carry an ordering prefix, ids do not). */
export function modelById(id: string): ComparisonModel {
	return models.find((m) => m.id === id)!;
}

/** A comparison as validated, by id. */
export function comparisonById(id: string): Comparison {
	return catalog.comparisons.find((c) => c.comparison.id === id)!.comparison;
}

/** The source text of a comparison, as anchored. */
export function sourceText(id: string): string {
	const entry = catalog.comparisons.find((c) => c.comparison.id === id)!;
	return catalog.sources.get(entry.comparison.source)!.text;
}

/** The first comparison matching `test`, for tests that need a feature of the data. */
export function modelWhere(test: (m: ComparisonModel) => boolean): ComparisonModel | undefined {
	return models.find(test);
}

/** Side claims first, so a test's "some claim" is one that sits in a side column. */
export function sideClaims(model: ComparisonModel) {
	return model.claims.filter((c) => c.voice.kind === 'side');
}

/** A claim's quotes that are marked in the article (every one, for committed data). */
export const quotesOf = (claim: ClaimModel) => placed(claim);

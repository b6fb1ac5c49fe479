import data from 'virtual:standpoint-data';
import { buildModel } from '../model/build';
import type { ComparisonModel } from '../model/types';
import type { Template } from '../draft/draft';

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

/** Every comparison, in file order. */
export function listComparisons(): ComparisonSummary[] {
	return data.comparisons.map((comparison) => ({
		id: comparison.id,
		title: comparison.title,
		question: comparison.question,
		layout: comparison.layout,
		sides: comparison.sides.map(({ id, label }) => ({ id, label })),
		claimCount: comparison.claims.filter((c) => c.voice === 'side').length,
		citation: data.sources[comparison.source]?.citation ?? comparison.source
	}));
}

const models = new Map<string, ComparisonModel>();

/** The model of one comparison, built once; undefined for an unknown id. */
export function getModel(id: string): ComparisonModel | undefined {
	const cached = models.get(id);
	if (cached) return cached;
	const comparison = data.comparisons.find((c) => c.id === id);
	const source = comparison && data.sources[comparison.source];
	if (!comparison || !source) return undefined;
	const model = buildModel(comparison, source);
	models.set(id, model);
	return model;
}

/**
 * What "Use as a template" starts a draft from: the comparison as written and its source's
 * metadata and text; undefined for an unknown id.
 */
export function getTemplate(id: string): Template | undefined {
	const found = data.comparisons.find((c) => c.id === id);
	const source = found && data.sources[found.source];
	if (!found || !source) return undefined;
	const { $schema: _schema, ...comparison } = found;
	const { text, textFile: _file, $schema: _sourceSchema, ...meta } = source;
	return { comparison, source: { meta, text } };
}

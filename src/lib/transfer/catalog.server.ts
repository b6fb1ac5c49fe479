import data from 'virtual:standpoint-data';
import { toFile } from './file.ts';

/** The comparison file of a built-in comparison; undefined for an unknown id. */
export async function comparisonFile(id: string): Promise<string | undefined> {
	const comparison = data.comparisons.find((c) => c.id === id);
	const source = comparison && data.sources[comparison.source];
	return comparison && source ? toFile(comparison, source) : undefined;
}

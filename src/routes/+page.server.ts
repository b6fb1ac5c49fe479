import { listComparisons } from '$lib/comparison/catalog.server';

export function load() {
	return { comparisons: listComparisons() };
}

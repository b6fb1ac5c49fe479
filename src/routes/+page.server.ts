import { listComparisons } from '$lib/catalog/catalog.server';

export function load() {
	return { comparisons: listComparisons() };
}

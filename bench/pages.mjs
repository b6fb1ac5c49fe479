// The pages the bench visits, read from the built site: every prerendered page reduced to its
// route (a comparison's id becomes [id]), with the first committed comparison standing in for
// [id]. A new kind of page (an editor, say) is measured as soon as the site builds it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** One `{ route, path }` per built route, sorted by route. */
export function pages(buildDir, dataDir) {
	const comparisons = join(dataDir, 'comparisons');
	const ids = readdirSync(comparisons)
		.sort()
		.map((f) => JSON.parse(readFileSync(join(comparisons, f), 'utf8')).id);
	const first = ids[0];
	const byRoute = new Map();
	for (const file of readdirSync(buildDir, { recursive: true })) {
		if (!file.endsWith('index.html')) continue;
		const segments = file.split(sep).slice(0, -1);
		const url = (id) => `/${segments.map((s) => (ids.includes(s) ? id : s)).join('/')}/`;
		const route = url('[id]').replace('//', '/');
		byRoute.set(route, { route, path: url(first).replace('//', '/') });
	}
	return [...byRoute.values()].sort((a, b) => a.route.localeCompare(b.route));
}

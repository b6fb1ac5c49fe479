// The JavaScript a prerendered page loads up front, read from the build output: the size budget
// test (tests/explorer-size.spec.ts) and the bench's js suite count the same files.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/**
 * Every script a prerendered page loads up front: its preloads, its boot imports and their static
 * imports, as paths. Dynamic `import()` of other code is left out: it is fetched only when used.
 * @param {string} htmlFile
 * @returns {string[]}
 */
export function scriptsOf(htmlFile) {
	const html = readFileSync(htmlFile, 'utf8');
	const from = dirname(htmlFile);
	/** @param {RegExp} pattern @param {string} text */
	const all = (pattern, text) =>
		Array.from(text.matchAll(pattern), (m) => /** @type {string} */ (m[1]));
	const refs = [
		...all(/(<link[^>]+rel="modulepreload"[^>]*>)/g, html).flatMap((tag) =>
			all(/href="([^"]+)"/g, tag)
		),
		...all(/<script[^>]+src="([^"]+)"/g, html),
		...all(/import\("([^"]+\.js)"\)/g, html)
	];
	const seen = new Set();
	const queue = refs.map((ref) => normalize(join(from, ref)));
	while (queue.length > 0) {
		const file = /** @type {string} */ (queue.pop());
		if (seen.has(file)) continue;
		if (!existsSync(file)) throw new Error(`${htmlFile} loads ${file}, which is not in the build`);
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		const imports = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
		for (const ref of all(imports, code)) {
			if (ref.startsWith('.')) queue.push(normalize(join(dirname(file), ref)));
		}
	}
	return [...seen].sort();
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RawFile } from './catalog.ts';

/** Reads every source and comparison file under a data folder, paths relative to it. */
export function readDataFiles(dir: string): RawFile[] {
	const files: RawFile[] = [];
	for (const sub of ['sources', 'comparisons']) {
		let names: string[];
		try {
			names = readdirSync(join(dir, sub));
		} catch {
			continue;
		}
		for (const name of names.sort()) {
			if (!/\.(json|txt)$/.test(name)) continue;
			const path = join(dir, sub, name);
			files.push({
				path: relative(dir, path).split(sep).join('/'),
				content: readFileSync(path, 'utf8')
			});
		}
	}
	return files;
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RawFile } from './catalog.ts';

/**
 * Lists a data folder as the catalog needs to judge it: every file in it and in its `sources/`
 * and `comparisons/` folders with its bytes undecoded, and every folder there by name. Deciding
 * what is read, what is refused and what is only named is the catalog's job, so it stays pure
 * and testable; this only reads. Hidden files (`.DS_Store`, `.gitkeep`) are left out.
 */
export function readDataFiles(dir: string): RawFile[] {
	const files: RawFile[] = [];
	const visit = (sub: string) => {
		let names: string[];
		try {
			names = readdirSync(join(dir, sub));
		} catch {
			return;
		}
		for (const name of names.sort()) {
			if (name.startsWith('.')) continue;
			const path = sub ? `${sub}/${name}` : name;
			try {
				// statSync follows links, so a linked folder counts as a folder.
				if (statSync(join(dir, path)).isDirectory()) {
					if (!sub && (name === 'sources' || name === 'comparisons')) visit(path);
					else files.push({ path, directory: true });
				} else {
					files.push({ path, content: new Uint8Array(readFileSync(join(dir, path))) });
				}
			} catch (error) {
				files.push({ path, unreadable: (error as Error).message });
			}
		}
	};
	visit('');
	return files;
}

import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem, loadCatalog } from './catalog.ts';
import { readDataFiles } from './read-data.ts';

const virtualId = 'virtual:standpoint-data';
const resolvedId = '\0' + virtualId;

/**
 * Serves the data folder to the app as `virtual:standpoint-data` and refuses to build when any
 * of it is invalid, so a broken anchor can never reach a prerendered page.
 */
export function standpointData(options: { dir: string }): Plugin {
	const dir = resolve(options.dir);
	return {
		name: 'standpoint-data',
		buildStart() {
			if (process.env.VITEST) return;
			const { problems } = loadCatalog(readDataFiles(dir), options.dir);
			if (problems.length > 0) {
				const lines = problems.map((p) => `  ${formatProblem(p)}`).join('\n');
				this.error(`Standpoint data is invalid (${problems.length} problems):\n${lines}`);
			}
		},
		resolveId(id) {
			return id === virtualId ? resolvedId : undefined;
		},
		load(id) {
			if (id !== resolvedId) return undefined;
			const files = readDataFiles(dir);
			for (const file of files) this.addWatchFile(resolve(dir, file.path));
			return `export default ${JSON.stringify(files)};`;
		}
	};
}

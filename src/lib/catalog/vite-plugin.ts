import { resolve } from 'node:path';
import type { Logger, Plugin, ResolvedConfig } from 'vite';
import { formatProblem, loadCatalog } from './catalog.ts';
import { readDataFiles } from './files.ts';

const virtualId = 'virtual:standpoint-data';
const resolvedId = '\0' + virtualId;

/**
 * Serves the data folder to the app as `virtual:standpoint-data`, already validated, and refuses
 * to build when any of it is invalid, so a broken anchor can never reach a prerendered page. The
 * data is checked where it is loaded, once per build: only the server build imports it, and the
 * prerendered pages read the checked catalog it was given.
 */
export function standpointData(options: { dir: string }): Plugin {
	const dir = resolve(options.dir);
	let command: ResolvedConfig['command'] = 'serve';
	let logger: Logger | undefined;
	return {
		name: 'standpoint-data',
		configResolved(config) {
			command = config.command;
			logger = config.logger;
		},
		resolveId(id) {
			return id === virtualId ? resolvedId : undefined;
		},
		load(id) {
			if (id !== resolvedId) return undefined;
			const files = readDataFiles(dir);
			for (const file of files) this.addWatchFile(resolve(dir, file.path));
			const { catalog, problems, warnings } = loadCatalog(files, options.dir);
			if (warnings.length > 0) {
				const lines = warnings.map((p) => `  ${formatProblem(p)}`).join('\n');
				const message = `Standpoint data: ${warnings.length} file${warnings.length === 1 ? '' : 's'} not read:\n${lines}`;
				if (logger) logger.warn(message);
				else this.warn(message);
			}
			if (problems.length > 0) {
				const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
				const lines = problems.map((p) => `  ${formatProblem(p)}`).join('\n');
				const message = `Standpoint data is invalid (${count}):\n${lines}`;
				if (command === 'build' && logger) {
					// A mistake in the data is not a crash of the bundler: print it alone, without the
					// bundler's stack trace around it, and stop the build.
					logger.error(message);
					process.exit(1);
				}
				this.error(message);
			}
			const data = {
				sources: Object.fromEntries(catalog.sources),
				comparisons: catalog.comparisons.map((c) => c.comparison)
			};
			return `export default ${JSON.stringify(data)};`;
		}
	};
}

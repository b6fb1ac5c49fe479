/**
 * Publishing CLI: writes a comparison file (`.standpoint.json`, from the editor or any comparison
 * page) into the data folder, so the next build prerenders it and lists it on the index.
 *
 *   npm run import -- path/to/file.standpoint.json [--replace | --keep-both]
 *
 * The file is read with the same `readFile` the browser uses; nothing is written unless the data
 * folder with the new files in it still passes the build's checks.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { loadCatalog, type RawFile } from '../src/lib/catalog/catalog';
import { readDataFiles } from '../src/lib/catalog/files';
import { formatProblem } from '../src/lib/model/validate';
import { checkSize, readFile, withId } from '../src/lib/transfer/file';
import { orderKeys } from '../src/lib/transfer/order';
import type { StandpointFile } from '../src/lib/transfer/schema';

export const USAGE = `Usage: npm run import -- <file.standpoint.json> [--replace | --keep-both]

Checks a comparison file and writes its source and comparison into the data folder
(data/, or STANDPOINT_DATA_DIR): sources/<source-id>.json and .txt, and
comparisons/<n>-<id>.json. The next \`npm run build\` puts it on the site.

  --replace    a comparison with the same id is already there: overwrite it
  --keep-both  a comparison with the same id is already there: import this one under a new id

Options: -h, --help  show this help.`;

/** Where the data lives: STANDPOINT_DATA_DIR, as for the build, else the repository's data/. */
function dataDir(): string {
	return (
		process.env.STANDPOINT_DATA_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '../data')
	);
}

/** The data files a file adds or replaces, by path under the data folder. */
function filesFor(file: StandpointFile, existing: RawFile[], comparisonPath?: string): RawFile[] {
	const { text, sha256: _sha, ...meta } = file.source;
	const textFile = `${meta.id}.txt`;
	const numbers = existing
		.map((f) => /^comparisons\/(\d+)-/.exec(f.path)?.[1])
		.filter((n) => n !== undefined)
		.map(Number);
	const path =
		comparisonPath ?? `comparisons/${Math.max(0, ...numbers) + 1}-${file.comparison.id}.json`;
	const json = (value: object) => JSON.stringify(orderKeys(value), null, '\t') + '\n';
	return [
		{
			path: `sources/${meta.id}.json`,
			content: json({ $schema: '../schema/source.schema.json', ...meta, textFile })
		},
		{ path: `sources/${textFile}`, content: text },
		{
			path,
			content: json({ $schema: '../schema/comparison.schema.json', ...file.comparison })
		}
	];
}

export async function main(argv: string[]): Promise<number> {
	if (argv.includes('-h') || argv.includes('--help')) {
		console.log(USAGE);
		return 0;
	}
	const flags = argv.filter((a) => a.startsWith('--'));
	const paths = argv.filter((a) => !a.startsWith('--'));
	const unknown = flags.filter((f) => f !== '--replace' && f !== '--keep-both');
	if (paths.length !== 1 || unknown.length > 0 || flags.length > 1) {
		console.error(USAGE);
		return 2;
	}
	const path = paths[0]!;
	const name = basename(path);
	if (!existsSync(path)) {
		console.error(`error: no file ${path}`);
		return 1;
	}
	const tooBig = checkSize(statSync(path).size, name);
	if (tooBig) {
		console.error(`error: ${formatProblem(tooBig)}`);
		return 1;
	}

	const dir = dataDir();
	const existing = readDataFiles(dir);
	const { catalog } = loadCatalog(existing, dir);
	const ids = catalog.comparisons.map((c) => c.comparison.id);
	const read = await readFile(readFileSync(path, 'utf8'), name, { ids });

	let file: StandpointFile;
	let replacing: string | undefined;
	if (read.ok) {
		file = read.file;
	} else if (read.conflict && flags[0] === '--keep-both') {
		file = withId(read.conflict.file, read.conflict.freshId);
	} else if (read.conflict && flags[0] === '--replace') {
		file = read.conflict.file;
		const entry = catalog.comparisons.find((c) => c.comparison.id === file.comparison.id)!;
		replacing = entry.file.slice(dir.length + 1);
	} else {
		for (const problem of read.problems) console.error(`error: ${formatProblem(problem)}`);
		if (read.conflict) console.error('Run again with --replace or --keep-both.');
		return 1;
	}

	const written = await Promise.all(
		filesFor(file, existing, replacing).map(async (f) =>
			f.path.endsWith('.json')
				? {
						...f,
						content: await format(f.content, { ...(await prettierOptions()), parser: 'json' })
					}
				: f
		)
	);
	const sourceMeta = join(dir, written[0]!.path);
	const sourceText = join(dir, written[1]!.path);
	if (existsSync(sourceMeta) || existsSync(sourceText)) {
		const same = written
			.slice(0, 2)
			.every((f) => existsSync(join(dir, f.path)) && sameContent(join(dir, f.path), f.content));
		if (same) {
			written.splice(0, 2);
		} else if (!replacing && flags[0] !== '--replace') {
			console.error(
				`error: ${name} › source.id: a different source "${file.source.id}" is already in ${dir}/sources; run again with --replace to overwrite it`
			);
			return 1;
		}
	}

	// The folder as it will be: if anything in it would fail the build, nothing is written.
	const after = new Map(existing.map((f) => [f.path, f]));
	for (const f of written) after.set(f.path, f);
	const { problems } = loadCatalog([...after.values()], dir);
	if (problems.length > 0) {
		for (const problem of problems) console.error(`error: ${formatProblem(problem)}`);
		console.error('Nothing was written: the data folder would not build with this file in it.');
		return 1;
	}
	for (const f of written) {
		writeFileSync(join(dir, f.path), f.content);
		console.log(`wrote ${join(dir, f.path)}`);
	}
	console.log(
		`"${file.comparison.title}" (${file.comparison.id}) is in; \`npm run build\` publishes it.`
	);
	return 0;
}

/** The repository's Prettier settings, wherever the data folder is, so files look like the others. */
async function prettierOptions() {
	return (await resolveConfig(fileURLToPath(import.meta.url))) ?? { useTabs: true };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	process.exitCode = await main(process.argv.slice(2));
}

/**
 * Whether a data file already holds this content: metadata by value, since a hand-written file may
 * order its keys differently; the text byte for byte.
 */
function sameContent(path: string, content: string): boolean {
	const stored = readFileSync(path, 'utf8');
	if (!path.endsWith('.json')) return stored === content;
	return isDeepStrictEqual(JSON.parse(stored), JSON.parse(content));
}

// Run by bench/suites/sources.mjs in a child process, one data folder at a time: the build's own
// steps over it (read the files, decode and check them, resolve every anchor, split the text into
// passages and sentences and cut the pieces), timed, printed as one JSON line.
import { loadCatalog, formatProblem } from '../src/lib/catalog/catalog.ts';
import { readDataFiles } from '../src/lib/catalog/files.ts';
import { buildModel } from '../src/lib/model/build.ts';

const dir = process.argv[2]!;
const t0 = performance.now();
const files = readDataFiles(dir);
const t1 = performance.now();
const { catalog, problems } = loadCatalog(files, dir);
if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
const t2 = performance.now();
let passages = 0;
for (const { comparison } of catalog.comparisons) {
	const model = buildModel(comparison, catalog.sources.get(comparison.source)!);
	passages += model.passages.length;
}
const t3 = performance.now();
console.log(JSON.stringify({ read_ms: t1 - t0, catalog_ms: t2 - t1, model_ms: t3 - t2, passages }));

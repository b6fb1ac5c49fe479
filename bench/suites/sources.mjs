// How the build's data steps scale with the size of a source: synthetic texts of 1 and 5 MB, as
// one paragraph (the case that was quadratic in the sentence splitter) and as many short ones
// (where every passage is cut into pieces), each with 200 claims anchored across the text. Each
// runs in its own Node process with a time limit, so a step that does not scale shows as a row
// that did not finish instead of a bench that hangs. The full `vite build` adds prerendering,
// which writes the text once per page.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The bench runs suites from its copy of the site; the script stays in this checkout.
const script = join(import.meta.dirname, '..', 'large-source.ts');
const LIMIT_MS = 300_000;
const CLAIMS = 200;

export async function run() {
	const rows = [];
	for (const megabytes of [1, 5]) {
		for (const shape of ['one paragraph', 'paragraphs of 5 sentences']) {
			const dir = mkdtempSync(join(tmpdir(), 'standpoint-sources-'));
			try {
				write(dir, megabytes * 1_000_000, shape === 'one paragraph' ? Infinity : 5);
				const started = performance.now();
				const child = spawnSync('npx', ['tsx', script, dir], {
					encoding: 'utf8',
					timeout: LIMIT_MS
				});
				const wall = performance.now() - started;
				const result =
					child.status === 0 ? JSON.parse(child.stdout.trim().split('\n').at(-1)) : null;
				rows.push({
					suite: 'sources',
					case: `${megabytes} MB source, ${shape}, ${CLAIMS} claims`,
					read_ms: result ? Math.round(result.read_ms) : null,
					catalog_ms: result ? Math.round(result.catalog_ms) : null,
					model_ms: result ? Math.round(result.model_ms) : null,
					passages: result?.passages ?? null,
					outcome: result
						? 'built'
						: child.error
							? `did not finish in ${LIMIT_MS / 1000} s`
							: `failed: ${child.stderr.trim().split('\n').at(-1)}`,
					process_ms: Math.round(wall)
				});
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	}
	return rows;
}

/** A source of about `bytes` characters and a comparison with CLAIMS claims spread over it. */
function write(dir, bytes, perParagraph) {
	const sentences = [];
	let length = 0;
	for (let i = 0; length < bytes; i++) {
		const sentence = `The delegation said on day ${i + 1} that the talks would go on (point ${i + 1}).`;
		sentences.push(sentence);
		length += sentence.length + 1;
	}
	let text = '';
	const starts = [];
	sentences.forEach((sentence, i) => {
		if (i > 0) text += i % perParagraph === 0 ? '\n' : ' ';
		starts.push(text.length);
		text += sentence;
	});
	text += '\n';
	const anchor = (i) => {
		const start = starts[i];
		const end = start + sentences[i].length;
		return {
			quote: {
				type: 'TextQuoteSelector',
				exact: sentences[i],
				prefix: text.slice(Math.max(0, start - 32), start),
				suffix: text.slice(end, end + 32)
			},
			position: { type: 'TextPositionSelector', start, end }
		};
	};
	for (const sub of ['sources', 'comparisons']) mkdirSync(join(dir, sub));
	writeFileSync(join(dir, 'sources', 'large.txt'), text);
	writeFileSync(
		join(dir, 'sources', 'large.json'),
		JSON.stringify({
			id: 'large',
			textFile: 'large.txt',
			publication: 'Synthetic Gazette',
			date: '2025-01-01',
			language: 'en',
			citation: 'Synthetic Gazette (benchmark text)'
		})
	);
	const sides = ['north', 'south'].map((id) => ({ id, label: id, who: `The ${id}` }));
	writeFileSync(
		join(dir, 'comparisons', '1-large.json'),
		JSON.stringify({
			id: 'large',
			title: 'A large source',
			question: 'Does the build scale?',
			source: 'large',
			layout: 'grid',
			sides,
			dimensions: [{ id: 'all', label: 'All' }],
			claims: Array.from({ length: CLAIMS }, (_, i) => ({
				id: `claim-${i + 1}`,
				voice: 'side',
				side: sides[i % 2].id,
				dimension: 'all',
				attribution: 'The source says',
				text: `Claim ${i + 1}.`,
				anchors: [anchor(Math.floor((i * sentences.length) / CLAIMS))]
			})),
			prompts: []
		})
	);
}

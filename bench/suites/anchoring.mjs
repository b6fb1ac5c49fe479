// Re-anchoring after edits, and splitting long sources into passages. Runs in Node alone (no
// browser): `node bench/suites/anchoring.mjs` prints the same rows.
//
//   fuzz            10,000 generated cases (src/lib/anchoring/fuzz-cases.ts, the property tests'
//                   generator, with a seed of its own): an anchor made with describeRange, 1–4
//                   random edits with the true place tracked, resolveAnchor on the edited text.
//                   "silent mis-anchors" are exact/moved/fuzzy answers at no true place (target 0);
//                   "over-cautious" is the share of passages that survived with at most 10 % of the
//                   quote changed and still came back orphaned, or ambiguous without a true place
//                   (target under 1 %).
//   unchanged       resolving every sentence of the seed in the unchanged seed, per anchor.
//   500 KB          a 500 KB text of seed words in random order: an anchor per 10 KB, resolved
//                   after its sentence was deleted (an orphan: target under 10 ms each), after one
//                   typo in its quote (fuzzy), and unchanged. Best of 3 passes per anchor; the
//                   target is checked on CPU time, as wall time on a shared machine includes the
//                   wait for a core.
//   passages        splitPassages on one-paragraph texts of 1 MB and 5 MB (target: well under a
//                   minute for 5 MB).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const CASES = 10_000;
const SEED = 20251201;
const ORPHAN_TARGET_MS = 10;

const load = (path) => tsImport(new URL(path, import.meta.url).href, import.meta.url);
const seedFile = new URL('../../data/sources/izvestia-2025-04-14-p3.txt', import.meta.url);

export async function run() {
	const { describeRange, normalizeText, resolveAnchor } = await load(
		'../../src/lib/anchoring/index.ts'
	);
	const { fuzzCases, judge } = await load('../../src/lib/anchoring/fuzz-cases.ts');
	const { splitPassages } = await load('../../src/lib/source/passages.ts');
	const seed = normalizeText(readFileSync(seedFile, 'utf8'));
	const rows = [];

	const tally = { right: 0, copy: 0, wrong: 0, ambiguous: 0, orphaned: 0 };
	let survived = 0;
	let overCautious = 0;
	for (const c of fc.sample(fuzzCases(seed), { seed: SEED, numRuns: CASES })) {
		const verdict = judge(c, resolveAnchor(c.text, c.anchor));
		tally[verdict.outcome]++;
		if (verdict.survived) survived++;
		if (verdict.overCautious) overCautious++;
	}
	const overRate = overCautious / survived;
	rows.push(
		row('fuzz', `silent mis-anchors in ${CASES} cases`, tally.wrong, '0', tally.wrong === 0),
		row(
			'fuzz',
			`over-cautious (of ${survived} surviving)`,
			`${(100 * overRate).toFixed(2)} % (${overCautious})`,
			'< 1 %',
			overRate < 0.01
		),
		row(
			'fuzz',
			'outcomes',
			`right ${tally.right}, copy ${tally.copy}, ambiguous ${tally.ambiguous}, orphaned ${tally.orphaned}`
		)
	);

	const sentences = splitPassages(seed).flatMap((p) => p.sentences);
	const seedAnchors = sentences.map((s) => describeRange(seed, s.start, s.end));
	const unchanged = timeEach(seedAnchors, (a) => resolveAnchor(seed, a), 20);
	rows.push(row('unchanged', 'seed, per anchor (median)', `${unchanged.median.toFixed(4)} ms`));

	const big = randomProse(seed, 500_000);
	const bigSentences = splitPassages(big).flatMap((p) => p.sentences);
	const picked = [];
	for (let at = 0; at < big.length; at += 10_000) {
		const s = bigSentences.find((x) => x.start >= at);
		if (s && picked.at(-1) !== s) picked.push(s);
	}
	const orphans = picked.map((s) => ({
		text: big.slice(0, s.start) + big.slice(s.end),
		anchor: describeRange(big, s.start, s.end)
	}));
	const typos = picked.map((s) => {
		const i = s.start + Math.floor((s.end - s.start) / 2);
		return {
			text: `${big.slice(0, i)}q${big.slice(i + 1)}`,
			anchor: describeRange(big, s.start, s.end)
		};
	});
	const statuses = (cases) => [
		...new Set(cases.map((c) => resolveAnchor(c.text, c.anchor).status))
	];
	const orphan = timeEach(orphans, (c) => resolveAnchor(c.text, c.anchor), 3);
	const fuzzy = timeEach(typos, (c) => resolveAnchor(c.text, c.anchor), 3);
	const same = timeEach(picked, (s) => resolveAnchor(big, describeRange(big, s.start, s.end)), 3);
	const ms = (t) => `${t.median.toFixed(2)} / ${t.max.toFixed(2)} ms`;
	rows.push(
		row(
			'500 KB',
			`orphan (${orphans.length}, ${statuses(orphans).join('/')}), wall median / max`,
			ms(orphan)
		),
		row(
			'500 KB',
			'orphan, CPU median / max',
			ms(orphan.cpu),
			`< ${ORPHAN_TARGET_MS} ms`,
			orphan.cpu.max < ORPHAN_TARGET_MS
		),
		row('500 KB', `one typo (${statuses(typos).join('/')}), wall median / max`, ms(fuzzy)),
		row('500 KB', 'one typo, CPU median / max', ms(fuzzy.cpu)),
		row('500 KB', 'unchanged, wall median', `${same.median.toFixed(4)} ms`)
	);

	const line = seed.split('\n').join(' ');
	for (const size of [1_000_000, 5_000_000]) {
		const text = line.repeat(Math.ceil(size / line.length)).slice(0, size);
		const start = performance.now();
		const [passage] = splitPassages(text);
		const ms = performance.now() - start;
		rows.push(
			row(
				'passages',
				`one ${size / 1_000_000} MB paragraph (${passage.sentences.length} sentences)`,
				`${(ms / 1000).toFixed(2)} s`,
				size === 5_000_000 ? '< 60 s' : '',
				size === 5_000_000 ? ms < 60_000 : undefined
			)
		);
	}
	return rows;
}

function row(group, measure, value, target = '', met = undefined) {
	return { group, measure, value, target, ...(met === undefined ? {} : { met }) };
}

/**
 * Per-item times of `f` over `items`, the best of `repeats` passes: wall-clock, and the process's
 * CPU time (user + system), which a machine shared with other work inflates far less.
 */
function timeEach(items, f, repeats) {
	const wall = items.map(() => Infinity);
	const cpu = items.map(() => Infinity);
	for (let r = 0; r < repeats; r++) {
		items.forEach((item, i) => {
			const before = process.cpuUsage();
			const start = performance.now();
			f(item);
			wall[i] = Math.min(wall[i], performance.now() - start);
			const used = process.cpuUsage(before);
			cpu[i] = Math.min(cpu[i], (used.user + used.system) / 1000);
		});
	}
	const stats = (xs) => {
		const sorted = [...xs].sort((a, b) => a - b);
		return { median: sorted[sorted.length >> 1], max: sorted.at(-1) };
	};
	return { ...stats(wall), cpu: stats(cpu) };
}

/** About `size` characters of the seed's words in a seeded random order, in sentences and paragraphs. */
function randomProse(seed, size) {
	const words = seed
		.split(/\s+/)
		.filter((w) => /\p{L}/u.test(w))
		.map((w) => w.replace(/[.!?]+$/, ''));
	let s = 20251201;
	const next = () => {
		s = (Math.imul(s, 1103515245) + 12345) >>> 0;
		return s / 4294967296;
	};
	const paragraphs = [];
	let length = 0;
	while (length < size) {
		const sentences = [];
		for (let k = 3 + Math.floor(next() * 4); k > 0; k--) {
			const n = 8 + Math.floor(next() * 20);
			const sentence = Array.from({ length: n }, () => words[Math.floor(next() * words.length)]);
			sentences.push(`${sentence.join(' ')}.`);
		}
		const paragraph = sentences.join(' ');
		paragraphs.push(paragraph);
		length += paragraph.length + 1;
	}
	return paragraphs.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.table(await run());

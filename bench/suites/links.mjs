// Time to compute and draw every claim→passage link after a relayout, on the committed comparisons
// and on synthetic ones of 100 and 1,000 claims. The explorer records each relayout as the
// user-timing measure "standpoint:links" (reading boxes, computing paths, updating the SVG); this
// suite resizes the window (and scrolls the article) many times and reports the median.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MEASURE = 'standpoint:links';
const RUNS = 41;
const SIZES = [100, 1000];
const TARGET = { seed: 4, 1000: 16 };

/** Adds a synthetic source and a comparison over it for each size. */
export async function prepare({ dataDir }) {
	for (const dir of ['sources', 'comparisons']) mkdirSync(join(dataDir, dir), { recursive: true });
	for (const size of SIZES) {
		const { source, text, comparison } = synthetic(size);
		writeFileSync(
			join(dataDir, 'sources', `${source.id}.json`),
			JSON.stringify(source, null, '\t')
		);
		writeFileSync(join(dataDir, 'sources', source.textFile), text);
		writeFileSync(
			join(dataDir, 'comparisons', `${comparison.id}.json`),
			JSON.stringify(comparison, null, '\t')
		);
	}
}

export async function run({ browser, baseURL, dataDir }) {
	const ids = readdirSync(join(dataDir, 'comparisons'))
		.map((f) => JSON.parse(readFileSync(join(dataDir, 'comparisons', f), 'utf8')))
		.map((c) => ({ id: c.id, claims: c.claims.length, synthetic: c.id.startsWith('bench-') }))
		.sort((a, b) => Number(a.synthetic) - Number(b.synthetic) || a.claims - b.claims);

	const rows = [];
	for (const { id, claims, synthetic: isSynthetic } of ids) {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${baseURL}/c/${id}/`);
		await page.getByRole('button', { name: 'All links', exact: true }).waitFor();
		await page.evaluate((name) => {
			window.__times = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) {
					if (entry.name === name) window.__times.push(entry.duration);
				}
			}).observe({ type: 'measure' });
		}, MEASURE);
		const links = await page.locator('svg path[data-claim]').count();

		const relayout = async (change) => {
			const times = [];
			for (let i = 0; i < RUNS; i++) {
				const before = await page.evaluate(() => window.__times.length);
				await change(i);
				await page.waitForFunction((n) => window.__times.length > n, before);
				times.push(await page.evaluate((n) => window.__times[n], before));
				// Let any follow-up frame settle so runs do not overlap.
				await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
			}
			return times.slice(1); // the first run warms up the JIT
		};
		const resize = await relayout((i) =>
			page.setViewportSize({ width: i % 2 ? 1280 : 1264, height: 800 })
		);
		const pane = page.locator('[data-pane="source"]');
		const scroll = await relayout((i) =>
			pane.evaluate((el, down) => el.scrollBy(0, down ? 37 : -37), i % 2 === 0)
		);
		await page.close();

		const target = isSynthetic ? (claims >= 1000 ? TARGET[1000] : undefined) : TARGET.seed;
		const medianResize = median(resize);
		rows.push({
			comparison: id,
			claims,
			links,
			'resize median ms': round(medianResize),
			'resize p90 ms': round(quantile(resize, 0.9)),
			'scroll median ms': round(median(scroll)),
			'target ms': target ?? '',
			ok: target === undefined ? '' : medianResize < target
		});
	}

	// Linear growth: the cost per link at 1,000 claims is no more than at 100 (with room for noise).
	const [small, large] = SIZES.map((n) => rows.find((r) => r.comparison === `bench-${n}`));
	if (small && large) {
		const perLink = (r) => r['resize median ms'] / r.links;
		const ratio = perLink(large) / perLink(small);
		rows.push({
			comparison: 'growth 100 → 1000 (cost per link, ×)',
			claims: '',
			links: '',
			'resize median ms': round(ratio),
			'resize p90 ms': '',
			'scroll median ms': '',
			'target ms': '≤ 1.5',
			ok: ratio <= 1.5
		});
	}
	return rows;
}

const round = (n) => Math.round(n * 100) / 100;
const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** A deterministic article of ~1.2 sentences per claim and a comparison of `size` claims over it. */
function synthetic(size) {
	let seed = size;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const pick = (list) => list[Math.floor(random() * list.length)];
	const subjects = ['The delegation', 'The ministry', 'The envoy', 'The council', 'The committee'];
	const verbs = ['argues that', 'insists that', 'hopes that', 'warns that', 'suggests that'];
	const objects = [
		'talks on the harbour should resume before winter',
		'sanctions must be lifted step by step',
		'a joint commission ought to meet in spring',
		'trade across the border will recover slowly',
		'observers should monitor every crossing'
	];
	const sentences = [];
	for (let i = 0; i < Math.ceil(size * 1.2); i++) {
		sentences.push(`${pick(subjects)} ${pick(verbs)} ${pick(objects)} (point ${i + 1}).`);
	}
	const paragraphs = [];
	for (let i = 0; i < sentences.length; i += 5)
		paragraphs.push(sentences.slice(i, i + 5).join(' '));
	const text = paragraphs.join('\n') + '\n';

	const anchor = (quote) => {
		const start = text.indexOf(quote);
		const end = start + quote.length;
		return {
			quote: {
				type: 'TextQuoteSelector',
				exact: quote,
				prefix: text.slice(Math.max(0, start - 32), start),
				suffix: text.slice(end, end + 32)
			},
			position: { type: 'TextPositionSelector', start, end }
		};
	};
	const sides = ['north', 'south', 'east'].map((id) => ({
		id,
		label: id[0].toUpperCase() + id.slice(1),
		who: `The ${id} delegation`
	}));
	const dimensions = Array.from({ length: Math.max(2, Math.round(size / 20)) }, (_, i) => ({
		id: `topic-${i + 1}`,
		label: `Topic ${i + 1}`
	}));
	const claims = Array.from({ length: size }, (_, i) => {
		// Claims cite sentences spread over the whole article, some with a second passage.
		const sentence = Math.floor((i * sentences.length) / size);
		const quotes = [sentences[sentence]];
		if (i % 10 === 9 && sentence + 1 < sentences.length) quotes.push(sentences[sentence + 1]);
		const common = {
			id: `claim-${i + 1}`,
			text: `Synthetic claim ${i + 1}, a short paraphrase.`,
			anchors: quotes.map(anchor)
		};
		const dimension = dimensions[Math.floor((i * dimensions.length) / size)].id;
		if (i % 20 === 19) return { ...common, voice: 'framing', dimension };
		return {
			...common,
			voice: 'side',
			side: sides[i % sides.length].id,
			dimension,
			attribution: 'The source says'
		};
	});
	const id = `bench-${size}`;
	return {
		text,
		source: {
			id: `${id}-source`,
			textFile: `${id}-source.txt`,
			publication: 'Synthetic Gazette',
			date: '2025-01-01',
			language: 'en',
			citation: `Synthetic Gazette (benchmark text of ${size} claims)`
		},
		comparison: {
			id,
			title: `Benchmark: ${size} claims`,
			question: 'How fast are the links drawn?',
			source: `${id}-source`,
			layout: 'grid',
			sides,
			dimensions,
			claims,
			prompts: []
		}
	};
}

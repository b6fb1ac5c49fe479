import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fuzzCases, judge, type FuzzCase } from './fuzz-cases';
import { normalizeText, resolveAnchor, type Resolution } from './index';
import { TrackedText } from './tracked-text';

const seed = normalizeText(
	readFileSync(new URL('../../../data/sources/izvestia-2025-04-14-p3.txt', import.meta.url), 'utf8')
);

/** Fixed, so a failure names a case that fails again; `npm run bench` runs 10,000 more. */
const RUN = { seed: 1504, numRuns: 300 };

const describeCase = (c: FuzzCase, r: Resolution) =>
	JSON.stringify({ kind: c.kind, edits: c.edits, anchor: c.anchor, places: c.places, got: r });

/** Each generated case, resolved and judged once for all the tests below. */
let judged: { c: FuzzCase; r: Resolution; verdict: ReturnType<typeof judge> }[] | undefined;
function run() {
	judged ??= fc.sample(fuzzCases(seed), RUN).map((c) => {
		const r = resolveAnchor(c.text, c.anchor);
		return { c, r, verdict: judge(c, r) };
	});
	return judged;
}

describe('resolveAnchor after random edits (fast-check)', () => {
	// "Wrong" is judge()'s: an exact, moved or fuzzy answer that covers less than half of every
	// true place (or a true place less than half of it), unless it is a copy of the anchored words
	// with their context (at most 10 % changed), which no anchor can tell from the passage.
	test('never points at a wrong place', { timeout: 60_000 }, () => {
		const wrong = run().filter((x) => x.verdict.outcome === 'wrong');
		expect(wrong.map(({ c, r }) => describeCase(c, r))).toEqual([]);
	});

	test(
		'rarely orphans a passage that survived with at most 10 % of it changed',
		{ timeout: 60_000 },
		() => {
			const verdicts = run().map((x) => x.verdict);
			const survived = verdicts.filter((v) => v.survived).length;
			const overCautious = verdicts.filter((v) => v.overCautious).length;
			expect(survived).toBeGreaterThan(RUN.numRuns / 2);
			// The bench measures the rate over 10,000 cases (under 1 %); a few hundred allow some noise.
			expect(overCautious / survived).toBeLessThan(0.03);
		}
	);

	test(
		'the judge calls a resolution at the stored position wrong once the passage moved away',
		{ timeout: 60_000 },
		() => {
			// A judge that passes everything would make the property above unable to fail.
			const wrong = run().filter(({ c }) => {
				const { start, end } = c.anchor.position;
				const stale =
					start < c.text.length && c.places.every((p) => p.end <= start || p.start >= end);
				return stale && judge(c, { status: 'moved', start, end }).outcome === 'wrong';
			});
			expect(wrong.length).toBeGreaterThan(0);
		}
	);
});

describe('TrackedText', () => {
	test('shifts a place by text inserted before it and stretches it by text inserted inside', () => {
		const t = new TrackedText('one two three', [{ start: 4, end: 7 }]);
		t.replace(0, 0, 'zero ');
		expect(t.places).toEqual([{ start: 9, end: 12 }]);
		t.replace(10, 10, 'x');
		expect(t.text.slice(t.places[0]!.start, t.places[0]!.end)).toBe('txwo');
	});

	test('loses a place that a deletion swallows', () => {
		const t = new TrackedText('keep this gone', [{ start: 10, end: 14 }]);
		t.replace(9, 14);
		expect(t.places).toEqual([]);
	});

	test('a copied range holding the place adds a true copy', () => {
		const t = new TrackedText('ab\ncd', [{ start: 0, end: 2 }]);
		t.copy(0, 3, 5);
		expect(t.places.map((p) => t.text.slice(p.start, p.end))).toEqual(['ab', 'ab']);
	});
});

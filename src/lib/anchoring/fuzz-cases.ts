import fc from 'fast-check';
import type { Anchor } from './selectors';
import { splitPassages } from '../source/passages';
import { describeRange } from './describe';
import type { Resolution, TextRange } from './resolve';
import {
	applyEdit,
	EDIT_KINDS,
	random,
	wordsIn,
	type EditKind,
	type Material,
	type Random
} from './fuzz-edits';
import { TrackedText } from './tracked-text';

/**
 * Generated re-anchoring cases for the property tests and the bench: a text, an anchor made on it
 * with describeRange, random edits with the true place tracked through each (TrackedText), and a
 * judge that says whether resolveAnchor's answer on the edited text is right.
 */

export type TextKind = 'seed' | 'prose' | 'phrases' | 'near-duplicates';
export type FuzzCase = {
	kind: TextKind;
	original: string;
	anchor: Anchor;
	edits: EditKind[];
	/** The edited text the anchor is resolved in. */
	text: string;
	/** Where the anchored passage really is in `text` (none: it was deleted). */
	places: TextRange[];
};

export type Verdict = {
	/**
	 * right: at a true place; copy: elsewhere, at a copy of the anchored words and context (at most
	 * 10 % of them changed), which no anchor can tell from its passage; wrong: anywhere else.
	 */
	outcome: 'right' | 'copy' | 'wrong' | 'ambiguous' | 'orphaned';
	/** A true place kept the quote with at most 10 % of its characters changed. */
	survived: boolean;
	/** Survived, yet the answer was orphaned, or ambiguous without a true place among its places. */
	overCautious: boolean;
};

/** Cases built from the seed text (its words, sentences and paragraphs) and random edits. */
export function fuzzCases(seedText: string): fc.Arbitrary<FuzzCase> {
	const material = materialOf(seedText);
	const edit = fc.record({
		kind: fc.constantFrom(...EDIT_KINDS),
		near: fc.boolean(),
		seed: fc.nat()
	});
	return fc
		.record({
			kind: fc.constantFrom<TextKind>('seed', 'prose', 'phrases', 'near-duplicates'),
			textSeed: fc.nat(),
			anchorSeed: fc.nat(),
			edits: fc.array(edit, { minLength: 1, maxLength: 4 })
		})
		.map((spec) => buildCase(material, spec));
}

/** Whether the answer points at a true place; "substantially" = each covers half of the other. */
export function judge(c: FuzzCase, r: Resolution): Verdict {
	const exact = c.anchor.quote.exact;
	const survived = c.places.some(
		(p) => editDistance(exact, c.text.slice(p.start, p.end)) <= 0.1 * exact.length
	);
	// No anchor can tell its passage from a copy of its own words and context, verbatim or with
	// no more changed than an edit it must survive (10 %, as for `survived`).
	const { prefix, suffix } = c.anchor.quote;
	const window = prefix + exact + suffix;
	const isCopy = (r: TextRange) =>
		editDistance(
			window,
			c.text.slice(Math.max(0, r.start - prefix.length), r.end + suffix.length)
		) <=
		0.1 * window.length;
	const isTrue = (r: TextRange) =>
		c.places.some((p) => 2 * overlap(p, r) >= Math.max(r.end - r.start, p.end - p.start));
	if (r.status === 'orphaned') return { outcome: r.status, survived, overCautious: survived };
	if (r.status === 'ambiguous') {
		return { outcome: r.status, survived, overCautious: survived && !r.candidates.some(isTrue) };
	}
	if (isTrue(r)) return { outcome: 'right', survived, overCautious: false };
	return { outcome: isCopy(r) ? 'copy' : 'wrong', survived, overCautious: false };
}

function overlap(a: TextRange, b: TextRange): number {
	return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
function materialOf(seed: string): Material {
	const passages = splitPassages(seed);
	return {
		seed,
		words: seed.split(/\s+/).filter((w) => /\p{L}/u.test(w)),
		sentences: passages.flatMap((p) => p.sentences.map((s) => seed.slice(s.start, s.end))),
		paragraphs: passages.map((p) => seed.slice(p.start, p.end))
	};
}

type Spec = {
	kind: TextKind;
	textSeed: number;
	anchorSeed: number;
	edits: { kind: EditKind; near: boolean; seed: number }[];
};

function buildCase(m: Material, spec: Spec): FuzzCase {
	const lines = makeText(m, spec.kind, random(spec.textSeed));
	const original = lines.map((l) => l.text).join('\n');
	const range = pickRange(original, random(spec.anchorSeed));
	const anchor = describeRange(original, range.start, range.end);
	const tracked = new TrackedText(original, [range, ...copiesOf(lines, range)]);
	for (const e of spec.edits) applyEdit(tracked, m, e, anchor.quote.exact);
	return {
		kind: spec.kind,
		original,
		anchor,
		edits: spec.edits.map((e) => e.kind),
		text: tracked.text,
		places: tracked.places
	};
}

/**
 * A paragraph of a generated text. A near-duplicate remembers its base paragraph and, for each of
 * its words, the base word it stands for, so the same passage can be found in every copy.
 */
type Line = { text: string; base?: number; origins?: number[] };

/**
 * The range's counterparts in the other copies of its paragraph: a near-duplicate is the passage
 * itself, duplicated and edited, just as a paragraph duplicated by an edit is.
 */
function copiesOf(lines: Line[], range: TextRange): TextRange[] {
	let at = 0;
	const placed = lines.map((line) => {
		const words = wordsIn(line.text, { start: 0, end: line.text.length }).map((w) => ({
			start: w.start + at,
			end: w.end + at
		}));
		at += line.text.length + 1;
		return { ...line, words };
	});
	const home = placed.find((l) => l.words.some((w) => w.start < range.end && range.start < w.end));
	if (home?.base === undefined || home.origins === undefined) return [];
	const inside = home.words.flatMap((w, k) =>
		w.start < range.end && range.start < w.end ? [home.origins![k]!] : []
	);
	if (inside.length === 0 || range.start < home.words[0]!.start) return [];
	const [low, high] = [Math.min(...inside), Math.max(...inside)];
	return placed.flatMap((l) => {
		if (l === home || l.base !== home.base || l.origins === undefined) return [];
		const kept = l.words.filter((_, k) => l.origins![k]! >= low && l.origins![k]! <= high);
		return kept.length > 0 ? [{ start: kept[0]!.start, end: kept.at(-1)!.end }] : [];
	});
}
const JOINERS = ['and', 'while', 'because', 'but', 'so that', 'said that', 'as', 'and then'];

function makeText(m: Material, kind: TextKind, rnd: Random): Line[] {
	const paragraphs = 3 + rnd.int(6);
	if (kind === 'seed') return m.seed.split('\n').map((text) => ({ text }));
	if (kind === 'prose') {
		const order = shuffle(m.sentences, rnd);
		const lines: Line[] = [];
		for (let i = 0; i < paragraphs && order.length > 0; i++) {
			lines.push({ text: order.splice(0, 1 + rnd.int(4)).join(' ') });
		}
		return lines;
	}
	if (kind === 'phrases') {
		// A few short phrases recurring in every sentence: the text short quotes get lost in. The
		// words joining them vary, so that whole stretches (a quote with its context) recur only
		// as often as in real repetitive prose.
		const bank = Array.from({ length: 8 + rnd.int(9) }, () => {
			const at = rnd.int(m.words.length - 5);
			return m.words
				.slice(at, at + 2 + rnd.int(4))
				.join(' ')
				.replace(/[^\p{L}\p{N}]+$/u, '');
		});
		return Array.from({ length: paragraphs }, () => {
			const sentences = Array.from({ length: 2 + rnd.int(4) }, () => {
				let s = `${rnd.pick(m.words)} ${rnd.pick(bank)}`;
				for (let k = 1 + rnd.int(3); k > 0; k--) {
					s += ` ${rnd.pick(JOINERS)} ${rnd.pick(m.words)} ${rnd.pick(bank)}`;
				}
				return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
			});
			return { text: sentences.join(' ') };
		});
	}
	// Variants of a few paragraphs, each at least twice: a passage and its near-twins.
	const bases = shuffle(m.paragraphs, rnd).slice(0, 2 + rnd.int(2));
	const lines = Array.from({ length: paragraphs + 2 }, (_, i) => {
		const base = i < 2 * bases.length ? i % bases.length : rnd.int(bases.length);
		const words = bases[base]!.split(' ');
		return i < bases.length
			? { text: words.join(' '), base, origins: words.map((_, k) => k) }
			: { ...variant(words, m, rnd), base };
	});
	return shuffle(lines, rnd);
}

/** A copy of a paragraph's words with up to three of them replaced or deleted. */
function variant(base: string[], m: Material, rnd: Random): { text: string; origins: number[] } {
	const words = base.map((text, origin) => ({ text, origin }));
	for (let k = rnd.int(4); k > 0; k--) {
		const i = rnd.int(words.length);
		if (rnd.chance(0.5)) words[i] = { text: rnd.pick(m.words), origin: words[i]!.origin };
		else if (words.length > 3) words.splice(i, 1);
	}
	return { text: words.map((w) => w.text).join(' '), origins: words.map((w) => w.origin) };
}

function shuffle<T>(xs: readonly T[], rnd: Random): T[] {
	const out = [...xs];
	for (let i = out.length - 1; i > 0; i--) {
		const j = rnd.int(i + 1);
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/** A sentence, or a run of 1–20 words (short runs most often) inside one paragraph. */
function pickRange(text: string, rnd: Random): TextRange {
	const passages = splitPassages(text);
	const passage = rnd.pick(passages);
	if (rnd.chance(0.35)) {
		const { start, end } = rnd.pick(passage.sentences);
		return { start, end };
	}
	const words = wordsIn(text, passage);
	const first = rnd.int(words.length);
	const size = rnd.pick([1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 10, 14, 20]);
	const last = Math.min(words.length - 1, first + size - 1);
	return { start: words[first]!.start, end: words[last]!.end };
}
/** Levenshtein distance (the judge's own, independent of the resolver's). */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(
				previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
				previous[j]! + 1,
				current[j - 1]! + 1
			);
		}
		previous = current;
	}
	return previous[b.length]!;
}

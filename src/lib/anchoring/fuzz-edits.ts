import { splitPassages } from '../source/passages';
import type { TextRange } from './resolve';
import type { TrackedText } from './tracked-text';

/**
 * The random edits of the re-anchoring property tests (fuzz-cases.ts), each applied through
 * TrackedText so the anchored passage's true place follows it.
 */

export type EditKind = (typeof EDIT_KINDS)[number];

export const EDIT_KINDS = [
	'typo',
	'insert-words',
	'delete-words',
	'replace-word',
	'delete-paragraph',
	'duplicate-paragraph',
	'move-paragraph',
	'insert-paragraph',
	'insert-look-alike',
	'quote-marks',
	'line-ends'
] as const;

/** What generated texts and edits are made of: the seed's words, sentences and paragraphs. */
export type Material = { words: string[]; sentences: string[]; paragraphs: string[]; seed: string };

export type Random = {
	int(n: number): number;
	pick<T>(xs: readonly T[]): T;
	chance(p: number): boolean;
};

/** mulberry32: a small seeded generator, so one number from fast-check fixes a whole text. */
export function random(seed: number): Random {
	let s = seed >>> 0;
	const next = () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number) => Math.floor(next() * n);
	return { int, pick: (xs) => xs[int(xs.length)]!, chance: (p) => next() < p };
}

export function wordsIn(text: string, within: TextRange): TextRange[] {
	const words: TextRange[] = [];
	const re = /\S+/g;
	const slice = text.slice(within.start, within.end);
	for (let w = re.exec(slice); w; w = re.exec(slice)) {
		words.push({ start: within.start + w.index, end: within.start + w.index + w[0].length });
	}
	return words;
}

function paragraphsOf(text: string): TextRange[] {
	return splitPassages(text).map(({ start, end }) => ({ start, end }));
}

/** A paragraph as a removable block: with the line break after it (or before it, if last). */
function block(text: string, p: TextRange): TextRange {
	if (text[p.end] === '\n') return { start: p.start, end: p.end + 1 };
	if (p.start > 0 && text[p.start - 1] === '\n') return { start: p.start - 1, end: p.end };
	return p;
}

export function applyEdit(
	t: TrackedText,
	m: Material,
	e: { kind: EditKind; near: boolean; seed: number },
	quote: string
): void {
	const rnd = random(e.seed);
	const text = t.text;
	const home = e.near ? t.places[0] : undefined;
	const paragraphs = paragraphsOf(text);
	if (paragraphs.length === 0) return;
	// An offset near the passage (up to 40 characters around it) or anywhere in the text.
	const at = home
		? Math.max(0, Math.min(text.length - 1, home.start - 40 + rnd.int(home.end - home.start + 80)))
		: rnd.int(text.length);
	const words = wordsIn(text, { start: 0, end: text.length });
	const word = words.findIndex((w) => w.end >= at);
	const w = words[word] ?? words.at(-1)!;
	const paragraph =
		(home && paragraphs.find((p) => p.end >= home.start && p.start <= home.end)) ??
		rnd.pick(paragraphs);

	switch (e.kind) {
		case 'typo': {
			let i = at;
			while (i < text.length - 1 && !/\p{L}/u.test(text[i]!)) i++;
			const letter = 'etaoinsrhl'[rnd.int(10)]!;
			const how = rnd.int(4);
			if (how === 0) t.replace(i, i + 1, letter === text[i] ? 'q' : letter);
			else if (how === 1) t.replace(i, i + 2, `${text[i + 1] ?? ''}${text[i]}`);
			else if (how === 2) t.replace(i, i + 1);
			else t.replace(i, i, letter);
			return;
		}
		case 'insert-words': {
			const inserted = Array.from({ length: 1 + rnd.int(3) }, () => rnd.pick(m.words));
			t.replace(w.start, w.start, `${inserted.join(' ')} `);
			return;
		}
		case 'delete-words': {
			const last = words[Math.min(words.length - 1, Math.max(0, word) + rnd.int(3))]!;
			// With the space after the words, or before them at the end of a paragraph.
			if (text[last.end] === ' ') t.replace(w.start, last.end + 1);
			else t.replace(w.start - (text[w.start - 1] === ' ' ? 1 : 0), last.end);
			return;
		}
		case 'replace-word':
			t.replace(w.start, w.end, rnd.pick(m.words));
			return;
		case 'delete-paragraph': {
			const b = block(text, paragraph);
			t.replace(b.start, b.end);
			return;
		}
		case 'duplicate-paragraph':
		case 'move-paragraph': {
			const targets = paragraphs.filter((q) => q.end < paragraph.start || q.start > paragraph.end);
			if (targets.length === 0) return;
			const q = rnd.pick(targets);
			const { start, end } = paragraph;
			// The copy gets a line break of its own: "Q\nP" after Q, "P\nQ" before it.
			if (q.start > end) {
				t.replace(q.end, q.end, '\n');
				t.copy(start, end, q.end + 1);
			} else {
				t.replace(q.start, q.start, '\n');
				t.copy(start + 1, end + 1, q.start);
			}
			if (e.kind === 'move-paragraph') {
				const shift = q.start > end ? 0 : end - start + 1;
				const b = block(t.text, { start: start + shift, end: end + shift });
				t.replace(b.start, b.end);
			}
			return;
		}
		case 'insert-paragraph':
		case 'insert-look-alike': {
			// A sentence holding the quote would copy the passage itself, which no anchor can tell
			// from the passage moved: new text holds the quote only where lookAlike puts it.
			const others = m.sentences.filter((x) => !x.includes(quote));
			const sentences = Array.from({ length: 1 + rnd.int(3) }, () => rnd.pick(others));
			if (e.kind === 'insert-look-alike') sentences.splice(rnd.int(2), 0, lookAlike(quote, m, rnd));
			const q = rnd.pick(paragraphs);
			const piece = sentences.join(' ');
			if (rnd.chance(0.5)) t.replace(q.start, q.start, `${piece}\n`);
			else t.replace(q.end, q.end, `\n${piece}`);
			return;
		}
		case 'quote-marks': {
			// Same-length replacements, so every place keeps its offsets.
			const straight = text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
			t.text = straight === text ? text.replace(/"/g, '“').replace(/'/g, '’') : straight;
			return;
		}
		case 'line-ends': {
			// Paragraphs joined or split (same length), or a blank line added.
			const { start, end } = paragraph;
			const stop = text.indexOf('. ', start + rnd.int(end - start));
			if (rnd.chance(0.5) && text[end] === '\n') {
				t.text = `${text.slice(0, end)} ${text.slice(end + 1)}`;
			} else if (stop !== -1 && stop < end) {
				t.text = `${text.slice(0, stop + 1)}\n${text.slice(stop + 2)}`;
			} else {
				t.replace(start, start, '\n');
			}
			return;
		}
	}
}

/**
 * A new sentence that contains the quote's words in a foreign place: a short quote verbatim (as a
 * phrase recurs in real text), a long one with a quarter of its words changed (a look-alike
 * sentence). A long quote copied verbatim would be a move, which no anchor can tell apart.
 */
function lookAlike(quote: string, m: Material, rnd: Random): string {
	const words = quote.split(' ');
	if (quote.length > 40) {
		const changes = Math.ceil(words.length / 4);
		for (let k = 0; k < changes; k++) words[rnd.int(words.length)] = rnd.pick(m.words);
	}
	const before = Array.from({ length: rnd.int(4) }, () => rnd.pick(m.words));
	const after = Array.from({ length: 1 + rnd.int(4) }, () => rnd.pick(m.words));
	return [...before, ...words, ...after].join(' ');
}

import type { TextRange } from './resolve';

/** Most places a tracked passage keeps: copies and equivalent readings of an edit add places. */
const MAX_PLACES = 16;

/**
 * A text under edit that keeps track of where an anchored passage really is now: the ground truth
 * the property tests judge resolveAnchor against.
 *
 * `places` holds every range that is the passage after the edits so far. There can be several: a
 * duplicated paragraph holds a true copy, and a deletion next to identical text ("a a" minus one
 * "a") can be read as removing either copy, so both readings count. None left: the passage is gone.
 */
export class TrackedText {
	text: string;
	places: TextRange[];

	constructor(text: string, places: TextRange[]) {
		this.text = text;
		this.places = places.map(({ start, end }) => ({ start, end }));
	}

	/** Replaces text.slice(start, end) with `insert`; a place the range swallows is lost. */
	replace(start: number, end: number, insert = ''): void {
		if (end > start) this.delete(start, end);
		if (insert.length > 0) this.insert(start, insert);
	}

	/** Copies text.slice(start, end) to `to`; places inside the copied range gain a copy. */
	copy(start: number, end: number, to: number): void {
		const piece = this.text.slice(start, end);
		const copies = this.places
			.filter((p) => p.start >= start && p.end <= end)
			.map((p) => ({ start: p.start - start + to, end: p.end - start + to }));
		this.insert(to, piece);
		this.keep([...this.places, ...copies]);
	}

	private insert(at: number, piece: string): void {
		const text = this.text;
		// Inserting "b a" after "a" reads the same as inserting "a b" before it: any such reading
		// counts, as for deletions.
		let left = 0;
		while (
			left < piece.length &&
			at - left > 0 &&
			text[at - left - 1] === piece[piece.length - left - 1]
		)
			left++;
		let right = 0;
		while (right < piece.length && at + right < text.length && text[at + right] === piece[right])
			right++;
		this.text = text.slice(0, at) + piece + text.slice(at);
		const n = piece.length;
		// Text inserted exactly at a place's start goes before it, at its end after it.
		// A reading that puts the new text inside a place only counts if every reading does:
		// a paragraph pasted before its own copy does not make the passage a paragraph longer.
		const readings = (p: TextRange) => {
			const outside = [at, at - left, at + right].filter((x) => x <= p.start || x >= p.end);
			return outside.length > 0 ? outside : [at];
		};
		this.keep(
			this.places.flatMap((p) =>
				readings(p).map((x) =>
					x <= p.start
						? { start: p.start + n, end: p.end + n }
						: x < p.end
							? { start: p.start, end: p.end + n }
							: p
				)
			)
		);
	}

	private delete(start: number, end: number): void {
		const text = this.text;
		// Removing start–end reads the same as removing the range shifted left by up to `left` or
		// right by up to `right` characters, when the text repeats there ("a a" minus one "a").
		let left = 0;
		while (start - left > 0 && text[start - left - 1] === text[end - left - 1]) left++;
		let right = 0;
		while (end + right < text.length && text[start + right] === text[end + right]) right++;
		this.text = text.slice(0, start) + text.slice(end);
		const readings = [0, -left, right];
		const d = end - start;
		this.keep(
			this.places.flatMap((p) =>
				readings.flatMap((shift) => {
					const a = start + shift;
					const b = end + shift;
					const map = (x: number) => (x <= a ? x : x >= b ? x - d : a);
					const moved = { start: map(p.start), end: map(p.end) };
					return moved.end > moved.start ? [moved] : [];
				})
			)
		);
	}

	private keep(places: TextRange[]): void {
		const seen = new Set<string>();
		this.places = places
			.filter((p) => {
				const key = `${p.start}:${p.end}`;
				if (seen.has(key)) return false;
				seen.add(key);
				return true;
			})
			.slice(0, MAX_PLACES);
	}
}

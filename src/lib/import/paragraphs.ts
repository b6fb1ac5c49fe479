/**
 * Rebuilding running text from the lines a PDF draws: paragraphs from the space between lines,
 * hyphenation at line ends undone, and the lines that repeat at the top or bottom of every page
 * (running headers, footers, page numbers) dropped. Pure, so it is tested without a PDF.
 */
import { normalizeText } from '../anchoring/index.ts';

/** One drawn line: its text, its distance from the top of the page, its left edge and height. */
export type Line = { text: string; top: number; left: number; height: number };

/** How many lines at each end of a page can be a running header or footer. */
const EDGE_LINES = 2;

/** Plain text in the canonical form, paragraphs apart by a blank line, from each page's lines. */
export function rebuildText(pages: Line[][]): string {
	const running = runningLines(pages);
	const paragraphs: string[][] = [];
	pages.forEach((lines, p) => {
		const kept = lines.filter((line, i) => line.text.trim() !== '' && !running(p, i, lines.length));
		splitParagraphs(kept).forEach((paragraph, i) => {
			const last = paragraphs.at(-1);
			// A paragraph that did not end its sentence at the foot of a page goes on at the next.
			if (i === 0 && last && !endsSentence(last.at(-1)!)) last.push(...paragraph);
			else paragraphs.push(paragraph);
		});
	});
	return normalizeText(paragraphs.map(joinLines).join('\n\n'));
}

/** Joins a paragraph's lines, undoing a hyphen that only broke a word at the line's end. */
export function joinLines(lines: string[]): string {
	let text = '';
	for (const raw of lines) {
		const line = raw.replace(/\s+/g, ' ').trim();
		if (text === '') text = line;
		else if (/\p{L}[-\u00ad]$/u.test(text) && /^\p{Ll}/u.test(line))
			text = text.slice(0, -1) + line;
		else text = `${text.replace(/\u00ad$/, '')} ${line}`;
	}
	return text.replace(/\u00ad/g, '');
}

/** A line's text with its numbers masked, so "Page 3 of 9" on each page reads the same. */
function shape(text: string): string {
	return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

const pageNumber = /^[\s\-–—]*(?:page\s+)?\d+(?:\s*(?:of|\/)\s*\d+)?[\s\-–—]*$/i;

/** Whether line `i` of `count` on page `p` repeats at the same edge of other pages, or is a page number. */
function runningLines(pages: Line[][]): (p: number, i: number, count: number) => boolean {
	const seen = new Map<string, Set<number>>();
	const key = (edge: string, k: number, text: string) => `${edge}${k}:${shape(text)}`;
	const edgeKeys = (lines: Line[], i: number): string[] => {
		const keys: string[] = [];
		if (i < EDGE_LINES) keys.push(key('top', i, lines[i]!.text));
		if (i >= lines.length - EDGE_LINES)
			keys.push(key('foot', lines.length - 1 - i, lines[i]!.text));
		return keys;
	};
	pages.forEach((lines, p) =>
		lines.forEach((_, i) => {
			for (const k of edgeKeys(lines, i)) seen.set(k, (seen.get(k) ?? new Set()).add(p));
		})
	);
	const needed = Math.max(2, Math.ceil(pages.length / 2));
	return (p, i) => {
		const lines = pages[p]!;
		const keys = edgeKeys(lines, i);
		if (keys.length === 0) return false;
		if (pageNumber.test(lines[i]!.text)) return true;
		return pages.length > 1 && keys.some((k) => (seen.get(k)?.size ?? 0) >= needed);
	};
}

/** Splits a page's lines where the gap between them is wider than the page's usual line gap, or at an indent. */
function splitParagraphs(lines: Line[]): string[][] {
	if (lines.length === 0) return [];
	const gaps = lines.slice(1).map((line, i) => line.top - lines[i]!.top);
	// Lines inside a paragraph sit closest; a page of one-line paragraphs has only wide gaps, so
	// the usual gap is never taken wider than generous line spacing for the type's size.
	const heights = lines.map((l) => l.height).sort((a, b) => a - b);
	const spacing = heights[Math.floor(heights.length / 2)]! * 1.6;
	const usual = Math.min(spacing, ...gaps.filter((g) => g > 0));
	const margin = Math.min(...lines.map((l) => l.left));
	const paragraphs: string[][] = [[lines[0]!.text]];
	lines.slice(1).forEach((line, i) => {
		const wide = gaps[i]! > usual * 1.3;
		const indented = line.left > margin + line.height && lines[i]!.left <= margin + line.height / 2;
		if (wide || indented) paragraphs.push([line.text]);
		else paragraphs.at(-1)!.push(line.text);
	});
	return paragraphs;
}

function endsSentence(line: string): boolean {
	return /[.!?…:;"”’)\]]\s*$/.test(line);
}

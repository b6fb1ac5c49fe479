/** A sentence of a passage; `id` is `<passage id>-s<n>`, offsets are into the whole text. */
export type Sentence = { id: string; start: number; end: number };

/** A paragraph (one non-empty line) of the source; `id` is `p<n>`, counted from 1. */
export type Passage = { id: string; start: number; end: number; sentences: Sentence[] };

/**
 * Abbreviations that take a number after them ("Vol. 77", "Feb. 18", "pp. 3‑7"). The segmenter
 * breaks after them when a capital follows later ("Vol. 77, No. 7"); a digit right after the
 * period shows the sentence goes on.
 */
const BEFORE_NUMBER = new Set([
	'p',
	'pp',
	'No',
	'Nos',
	'Vol',
	'Vols',
	'Art',
	'Ch',
	'Fig',
	'Sec',
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Sept',
	'Oct',
	'Nov',
	'Dec'
]);

/** Abbreviations that take a name after them ("St. Petersburg", "Dr. Smith"). */
const BEFORE_NAME = new Set([
	'St',
	'Mt',
	'Ft',
	'Mr',
	'Mrs',
	'Ms',
	'Dr',
	'Prof',
	'Gen',
	'Lt',
	'Col',
	'Capt',
	'Sgt',
	'Gov',
	'Sen',
	'Rep',
	'Rev'
]);

/**
 * Dotted initialisms ("U.S.") and single initials ("J."). After "the U.S." a new sentence and a
 * name ("U.S. Senate") look alike; joining two sentences only coarsens a highlight, whereas a false
 * break would cut a claim's sentence in two, so these always join.
 */
const INITIALISM = /^(?:[A-Z]\.)+$/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * V8's sentence segmenter slows down with the length of the string it is given (each step costs
 * time in proportion to it: a 1 MB paragraph took minutes), so a paragraph is fed to it in windows
 * of WINDOW characters. A break is kept only once LOOK_AHEAD characters follow it in the window:
 * the rules that place a break look a few characters past it (a lower-case letter after a full
 * stop), never this far.
 */
const WINDOW = 4096;
const LOOK_AHEAD = 256;
/** How far back from a full stop an abbreviation's word is looked for (none is this long). */
const WORD_REACH = 64;

/**
 * Splits normalised text into passages (non-empty lines, surrounding whitespace excluded) and their
 * sentences. Ids depend only on order, so they are stable for the same text across rebuilds.
 */
export function splitPassages(text: string): Passage[] {
	const passages: Passage[] = [];
	let lineStart = 0;
	for (const line of text.split('\n')) {
		const lead = line.length - line.trimStart().length;
		const trimmed = line.trim();
		if (trimmed.length > 0) {
			const id = `p${passages.length + 1}`;
			const start = lineStart + lead;
			passages.push({
				id,
				start,
				end: start + trimmed.length,
				sentences: splitSentences(trimmed).map((s, i) => ({
					id: `${id}-s${i + 1}`,
					start: start + s.start,
					end: start + s.end
				}))
			});
		}
		lineStart += line.length + 1;
	}
	return passages;
}

/** The passage containing `offset` (start inclusive, end exclusive), or undefined between them. */
export function passageAt(passages: readonly Passage[], offset: number): Passage | undefined {
	// Passages are sorted and disjoint, so a binary search finds the only candidate.
	let lo = 0;
	let hi = passages.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const p = passages[mid]!;
		if (offset < p.start) hi = mid - 1;
		else if (offset >= p.end) lo = mid + 1;
		else return p;
	}
	return undefined;
}

/** Sentence ranges within one trimmed paragraph, trailing spaces excluded. */
function splitSentences(paragraph: string): { start: number; end: number }[] {
	const ranges: { start: number; end: number }[] = [];
	let open: { start: number; end: number } | undefined;
	for (const { start, end } of segments(paragraph)) {
		const segment = paragraph.slice(start, end);
		const body = segment.trimEnd();
		if (body.length === 0) continue;
		if (
			open &&
			continuesAfter(
				paragraph.slice(Math.max(open.start, open.end - WORD_REACH), open.end),
				segment
			)
		) {
			open.end = start + body.length;
		} else {
			if (open) ranges.push(open);
			open = { start, end: start + body.length };
		}
	}
	if (open) ranges.push(open);
	return ranges;
}

/**
 * The segmenter's sentence segments of `paragraph`, found window by window (see WINDOW). A window
 * with no break far enough from its end holds part of one long sentence: the next window starts
 * LOOK_AHEAD characters before its end, and the break the segmenter puts at a window's start is
 * then no break.
 */
function* segments(paragraph: string): Generator<{ start: number; end: number }> {
	let from = 0;
	/** Where the sentence under way began, when a window ended inside it. */
	let carried: number | undefined;
	while (from < paragraph.length) {
		const to = Math.min(paragraph.length, from + WINDOW);
		const last = to === paragraph.length;
		let next = from;
		for (const { segment, index } of segmenter.segment(paragraph.slice(from, to))) {
			const start = from + index;
			const end = start + segment.length;
			if (!last && end > to - LOOK_AHEAD) break;
			yield { start: carried ?? start, end };
			carried = undefined;
			next = end;
		}
		if (last) break;
		if (next === from) {
			carried ??= from;
			next = to - LOOK_AHEAD;
		}
		from = next;
	}
	if (carried !== undefined) yield { start: carried, end: paragraph.length };
}

/** Whether `sentence` ends in an abbreviation rather than a full stop, given what follows it. */
function continuesAfter(sentence: string, next: string): boolean {
	const word = /(\S+)\.$/.exec(sentence)?.[1]?.replace(/^[([{“‘"']+/, '');
	if (word === undefined) return false;
	if (INITIALISM.test(`${word}.`)) return true;
	if (BEFORE_NUMBER.has(word)) return /^\d/.test(next);
	if (BEFORE_NAME.has(word)) return /^\p{Lu}/u.test(next);
	return false;
}

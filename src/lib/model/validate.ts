/**
 * What is wrong with a comparison, located precisely enough to fix without searching. Pure and
 * file-free, so the editor checks a draft in the browser as it is typed; the data catalog and
 * the build wrap it and add the file names.
 */
import * as v from 'valibot';
import { resolveAnchor, type Anchor, type Resolution } from '../anchoring/index.ts';
import { ComparisonSchema, type Comparison, type Source } from './schema.ts';

/** One thing wrong: the file (when there is one), the item, the field, and what is wrong. */
export type Problem = {
	file?: string;
	/** The claim, event or prompt the problem is in, e.g. `claim "us-ceasefire-first"`. */
	item?: string;
	field: string;
	message: string;
};

/** One line: file, item, field, what is wrong. */
export function formatProblem(problem: Problem): string {
	const item = problem.item ? ` ${problem.item}` : '';
	const where = problem.file ? `${problem.file}${item} › ` : item ? `${item.trim()} › ` : '';
	return `${where}${problem.field}: ${problem.message}`;
}

/**
 * Checks a comparison (as parsed JSON, or a draft) against its source text: the schema, ids,
 * the sides and dimensions claims name, and that every anchor resolves exactly. Without a
 * source, anchors are not checked.
 */
export function validate(comparison: unknown, source?: Source): Problem[] {
	return validateComparison(comparison, source).problems;
}

/** Like `validate`, also giving the comparison as the schema outputs it (trimmed) when it parses. */
export function validateComparison(
	input: unknown,
	source?: Source
): { comparison?: Comparison; problems: Problem[] } {
	const parsed = parseWith(ComparisonSchema, input);
	if (!parsed.output) return { problems: parsed.problems };
	return { comparison: parsed.output, problems: crossCheck(parsed.output, source) };
}

/** Parses `json` with a schema; every issue becomes a problem naming its item and field. */
export function parseWith<T extends v.GenericSchema>(
	schema: T,
	json: unknown
): { output?: v.InferOutput<T>; problems: Problem[] } {
	const result = v.safeParse(schema, json);
	if (result.success) return { output: result.output, problems: [] };
	return {
		problems: result.issues.map((issue) => {
			const path = (issue.path ?? []).map((p) => p.key as string | number);
			return {
				item: itemAt(json, path),
				field: fieldName(path) || '(root)',
				message: plainMessage(issue)
			};
		})
	};
}

/** Valibot's wording of a missing or unknown field ("Invalid key: Expected never…") in plain words. */
function plainMessage(issue: v.BaseIssue<unknown>): string {
	if (issue.type === 'strict_object' && issue.received === 'undefined') {
		return 'is required but missing';
	}
	if (issue.type === 'strict_object' && issue.expected === 'never') {
		return 'is not a field here: check its spelling, or remove it';
	}
	return issue.message;
}

const itemKind: Record<string, string> = {
	claims: 'claim',
	timeline: 'event',
	prompts: 'prompt',
	sides: 'side',
	dimensions: 'dimension'
};

/** Names the claim, event or prompt a schema issue sits in, from the raw JSON. */
function itemAt(json: unknown, path: (string | number)[]): string | undefined {
	const [list, index] = path;
	if (typeof list !== 'string' || typeof index !== 'number') return undefined;
	const entry = (json as Record<string, unknown[]>)[list]?.[index] as { id?: unknown } | undefined;
	const kind = itemKind[list];
	if (!kind) return undefined;
	return typeof entry?.id === 'string' ? `${kind} "${entry.id}"` : `${kind} #${index + 1}`;
}

function fieldName(path: (string | number)[]): string {
	return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** The checks a schema cannot express: unique ids, known sides and dimensions, exact anchors. */
function crossCheck(comparison: Comparison, source: Source | undefined): Problem[] {
	const problems: Problem[] = [];
	const sideIds = new Set(comparison.sides.map((s) => s.id));
	const dimensionIds = new Set(comparison.dimensions.map((d) => d.id));

	for (const [list, entries] of [
		['sides', comparison.sides],
		['dimensions', comparison.dimensions],
		['claims', comparison.claims],
		['timeline', comparison.timeline ?? []],
		['prompts', comparison.prompts]
	] as const) {
		const seen = new Set<string>();
		entries.forEach((entry, i) => {
			if (seen.has(entry.id)) {
				problems.push({
					item: `${itemKind[list]} "${entry.id}"`,
					field: `${list}[${i}].id`,
					message: `duplicate id "${entry.id}"`
				});
			}
			seen.add(entry.id);
		});
	}

	comparison.claims.forEach((claim, i) => {
		const item = `claim "${claim.id}"`;
		const sidesNamed = claim.voice === 'side' ? [claim.side] : (claim.about ?? []);
		const sideField = claim.voice === 'side' ? 'side' : 'about';
		for (const side of sidesNamed) {
			if (!sideIds.has(side)) {
				problems.push({
					item,
					field: `claims[${i}].${sideField}`,
					message: `unknown side "${side}" (sides: ${[...sideIds].join(', ')})`
				});
			}
		}
		if (claim.dimension !== undefined && !dimensionIds.has(claim.dimension)) {
			problems.push({
				item,
				field: `claims[${i}].dimension`,
				message: `unknown dimension "${claim.dimension}" (dimensions: ${[...dimensionIds].join(', ')})`
			});
		}
		if (source) problems.push(...checkAnchors(claim.anchors, source, item, `claims[${i}]`));
	});
	(comparison.timeline ?? []).forEach((event, i) => {
		if (source) {
			problems.push(
				...checkAnchors(event.anchors, source, `event "${event.id}"`, `timeline[${i}]`)
			);
		}
	});
	comparison.prompts.forEach((prompt, i) => {
		if (prompt.dimension !== undefined && !dimensionIds.has(prompt.dimension)) {
			problems.push({
				item: `prompt "${prompt.id}"`,
				field: `prompts[${i}].dimension`,
				message: `unknown dimension "${prompt.dimension}"`
			});
		}
	});

	problems.push(...voiceChecks(comparison), ...stepChecks(comparison));
	return problems;
}

/**
 * Every side and every row must have something of any voice: a side its own claim or the
 * author's words about it; a row a claim of any voice (it may hold only accounts or framing).
 */
function voiceChecks(comparison: Comparison): Problem[] {
	const problems: Problem[] = [];
	const named = new Set(
		comparison.claims.flatMap((c) => (c.voice === 'side' ? [c.side] : (c.about ?? [])))
	);
	comparison.sides.forEach((side, i) => {
		if (!named.has(side.id)) {
			problems.push({
				item: `side "${side.id}"`,
				field: `sides[${i}]`,
				message:
					'this side has no claims: no claim of its own ("voice": "side") and none of the author\'s words about it'
			});
		}
	});
	const rows = new Set(comparison.claims.flatMap((c) => (c.dimension ? [c.dimension] : [])));
	comparison.dimensions.forEach((dimension, i) => {
		if (!rows.has(dimension.id)) {
			problems.push({
				item: `dimension "${dimension.id}"`,
				field: `dimensions[${i}]`,
				message: 'this row has no claims: give it a claim of any voice, or remove it'
			});
		}
	});
	return problems;
}

/**
 * A sequence's steps are its rows': the rows with a "step" are numbered 1, 2, … in row order. A
 * grid has no steps.
 */
function stepChecks(comparison: Comparison): Problem[] {
	const problems: Problem[] = [];
	const stepped = comparison.dimensions
		.map((dimension, i) => ({ dimension, i }))
		.filter(({ dimension }) => dimension.step !== undefined);
	if (comparison.layout === 'grid') {
		for (const { dimension, i } of stepped) {
			problems.push({
				item: `dimension "${dimension.id}"`,
				field: `dimensions[${i}].step`,
				message: 'a grid has no steps: remove "step", or make the comparison\'s layout "sequence"'
			});
		}
		return problems;
	}
	if (stepped.length === 0) {
		problems.push({
			field: 'dimensions',
			message:
				'a sequence needs steps: give its step rows "step": 1, 2, … in order (or make the layout "grid")'
		});
	}
	stepped.forEach(({ dimension, i }, n) => {
		if (dimension.step !== n + 1) {
			problems.push({
				item: `dimension "${dimension.id}"`,
				field: `dimensions[${i}].step`,
				message: `is step ${dimension.step}, but it is the ${ordinal(n + 1)} row with a step: number the step rows 1, 2, … in row order`
			});
		}
	});
	return problems;
}

function ordinal(n: number): string {
	const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
	return words[n - 1] ?? `${n}th`;
}

function checkAnchors(anchors: Anchor[], source: Source, item: string, at: string): Problem[] {
	return anchors.flatMap((anchor, j) => {
		const resolution = resolveAnchor(source.text, anchor);
		if (resolution.status === 'exact') return [];
		return [
			{
				item,
				field: `${at}.anchors[${j}].quote.exact`,
				message: describeMiss(anchor, resolution, source.text)
			}
		];
	});
}

/** Says what was found instead of an exact match, so the author can fix the anchor. */
export function describeMiss(anchor: Anchor, resolution: Resolution, text: string): string {
	const quote = `"${clip(anchor.quote.exact)}"`;
	const at = `${anchor.position.start}–${anchor.position.end}`;
	switch (resolution.status) {
		case 'exact':
			return `${quote} resolves exactly at ${at}`;
		case 'moved':
			return `${quote} is not at ${at} but at ${resolution.start}–${resolution.end}; update the position`;
		case 'fuzzy':
			return notFound(anchor.quote.exact, {
				...resolution,
				text: text.slice(resolution.start, resolution.end)
			});
		case 'ambiguous':
			return `${quote} occurs ${resolution.candidates.length} times (at ${resolution.candidates.map((c) => c.start).join(', ')}) and prefix/suffix do not tell them apart`;
		case 'orphaned':
			return resolution.closest
				? notFound(anchor.quote.exact, resolution.closest)
				: `${quote} not found anywhere in the source`;
	}
}

function notFound(
	quote: string,
	closest: { start: number; end: number; text: string; score: number }
): string {
	const [wanted, found] = clipAround(quote, closest.text);
	return `"${wanted}" not found; closest match "${found}" at ${closest.start}–${closest.end} (score ${closest.score.toFixed(2)})`;
}

/**
 * Two texts clipped to the same window around their first difference: when they agree for longer
 * than a clip, both clipped from the start would read the same and hide what to fix.
 */
export function clipAround(a: string, b: string, max = 80): [string, string] {
	let same = 0;
	while (same < a.length && same < b.length && a[same] === b[same]) same++;
	// Keep the difference well inside the window, after some shared words to find it by.
	const from = same < max - 20 ? 0 : same - 30;
	const cut = (s: string) => (from > 0 ? '…' : '') + clip(s.slice(from), max);
	return [cut(a), cut(b)];
}

function clip(text: string, max = 80): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Problems beside the fields they are about: each `Problem` from `draftProblems` gets the key of
 * the form field that can fix it, and a message in plain words.
 */
import type { Problem } from '../model/validate.ts';

/** A problem as the editor shows it: the field's key (`title`, `sides[0].label`, …) and words. */
export type FieldProblem = { key: string; message: string };

/**
 * The field a problem belongs to. Source problems are under `source.`; a passage's problem is
 * its claim's `anchors[n]`, whatever part of the anchor it names.
 */
export function fieldKey(problem: Problem): string {
	if (problem.item === 'source') return `source.${problem.field}`;
	return problem.field.replace(/(anchors\[\d+\]).*$/, '$1').replace(/^\(root\)$/, 'comparison');
}

const plain: [RegExp, string | ((...m: string[]) => string)][] = [
	[
		/^Invalid key: Expected never but received "(.*)"$/,
		(_, key) => `has a field “${key}” it cannot have`
	],
	[/^Invalid type: Expected .* but received undefined$/, 'is missing'],
	[/^Invalid type: Expected (.*) but received (.*)$/, (_, want) => `must be ${want}`],
	[/^Invalid (\w+): .*$/, 'is not valid'],
	[/^must not be empty$/, 'is empty'],
	[/^unknown dimension (".*?") .*$/, (_, id) => `is on a row that no longer exists (${id})`],
	[/^unknown side (".*?") .*$/, (_, id) => `names a side that no longer exists (${id})`],
	[/^needs at least one dimension$/, 'add at least one row'],
	[/^needs at least one claim$/, 'select a passage in the text to make the first claim'],
	[/^needs at least (\d) sides$/, (_, n) => `add at least ${n} sides`],
	[/^this side has no claims$/, 'has no claims yet'],
	[/^must be an ISO date YYYY-MM-DD$/, 'must be a full date'],
	[/^there is no text yet$/, 'paste or open a text first']
];

/** A problem's message in the words the editor shows beside its field. */
export function plainMessage(message: string): string {
	for (const [pattern, words] of plain) {
		const match = message.match(pattern);
		if (match) return typeof words === 'string' ? words : words(...match);
	}
	return message;
}

/** Every problem, by the field it is shown beside. */
export function byField(problems: Problem[]): Map<string, string[]> {
	const fields = new Map<string, string[]>();
	for (const problem of problems) {
		const key = fieldKey(problem);
		fields.set(key, [...(fields.get(key) ?? []), plainMessage(problem.message)]);
	}
	return fields;
}

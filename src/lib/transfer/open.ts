/**
 * Opening a comparison that is not on the site: from a share link's fragment, or from a file
 * chosen on the index (handed over in the tab's sessionStorage). Either way it is read with
 * `readFile`, so a bad link or file gets the same message as anywhere else, and nothing is saved.
 */
import { buildModel } from '../model/build.ts';
import type { ComparisonModel } from '../model/types.ts';
import { formatProblem } from '../model/validate.ts';
import { readFile, type AnchorTally } from './file.ts';
import type { Handover } from './handover.ts';
import { decodeShare } from './share.ts';

export type Opened =
	| { ok: true; model: ComparisonModel; anchors: AnchorTally; from: 'link' | 'file'; name: string }
	| { ok: false; problems: string[] };

/** Opens the comparison a URL fragment carries, else the one handed over from the index. */
export async function openShared(hash: string, handover: string | null): Promise<Opened> {
	let name: string;
	let text: string;
	const from = hash.replace(/^#/, '') !== '' ? 'link' : 'file';
	if (from === 'link') {
		const decoded = await decodeShare(hash);
		if (!decoded.ok) return { ok: false, problems: [decoded.message] };
		name = 'The shared link';
		text = decoded.text;
	} else {
		const handed = parseHandover(handover);
		if (!handed) {
			return {
				ok: false,
				problems: [
					'Nothing to open here: open a share link, or choose a comparison file on the index.'
				]
			};
		}
		({ name, text } = handed);
	}
	const read = await readFile(text, name);
	if (!read.ok) return { ok: false, problems: read.problems.map(formatProblem) };
	return {
		ok: true,
		model: buildModel(read.file.comparison, read.source),
		anchors: read.anchors,
		from,
		name
	};
}

function parseHandover(stored: string | null): Handover | undefined {
	if (!stored) return undefined;
	try {
		const value = JSON.parse(stored) as Partial<Handover>;
		return typeof value.name === 'string' && typeof value.text === 'string'
			? { name: value.name, text: value.text }
			: undefined;
	} catch {
		return undefined;
	}
}

/** One line on how every anchor resolved against the text, e.g. "12 anchors, all exact". */
export function describeTally(tally: AnchorTally): string {
	const total = Object.values(tally).reduce((a, b) => a + b, 0);
	const parts = Object.entries(tally)
		.filter(([, n]) => n > 0)
		.map(([status, n]) => `${n} ${status}`);
	const anchors = `${total} anchor${total === 1 ? '' : 's'}`;
	return tally.exact === total ? `${anchors}, all exact` : `${anchors}: ${parts.join(', ')}`;
}

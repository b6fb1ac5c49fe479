/**
 * Authoring CLI: turns a passage quoted from a source into the anchor JSON a comparison claim needs,
 * so nobody ever types character offsets by hand.
 *
 *   npx tsx scripts/anchor-quote.ts <source-id> "<exact quote>" [occurrence]
 *
 * The source text is normalised exactly as the app resolves anchors (normalizeText), and the
 * anchoring module's findQuote looks the quote up and builds the anchor from the text itself, so
 * the printed `exact` is always the source's own characters. This file only reads the source and
 * prints; the finding is shared with the browser.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { findQuote, isUnique, lineColumn, normalizeText } from '../src/lib/anchoring';
import { decodeText, parseJsonText } from '../src/lib/catalog/decode';
import { IdSchema, SourceMetaSchema } from '../src/lib/model/schema';
import { formatProblem, parseWith } from '../src/lib/model/validate';

export const USAGE = `Usage: npx tsx scripts/anchor-quote.ts <source-id> "<exact quote>" [occurrence]

Prints the anchor JSON (TextQuoteSelector + TextPositionSelector) for a passage of
data/sources/<source-id>.txt, ready to paste into a claim's "anchors" array.

  <source-id>    id of a source in data/sources/, e.g. izvestia-2025-04-14-p3
  <exact quote>  the passage, copied from the source (a clause or a sentence is best).
                 Straight quotes, apostrophes and hyphens also match the source's
                 typographic ones (“ ” ’ – ‑); the printed anchor keeps the source's.
  [occurrence]   1-based number, required only when the quote occurs more than once:
                 the tool then lists the occurrences to choose from.

Options: -h, --help  show this help.`;

function loadSource(sourceId: string): string {
	const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../data/sources');
	const metaPath = join(dir, `${sourceId}.json`);
	// The same decoding (byte-order mark dropped, UTF-8 required) and schema the build checks the
	// files with, so the tool and the build agree on every offset.
	const read = (path: string) => {
		let bytes: Uint8Array;
		try {
			bytes = readFileSync(path);
		} catch (error) {
			throw new Error(`cannot read ${path}: ${(error as Error).message}`, { cause: error });
		}
		const decoded = decodeText(bytes);
		if ('error' in decoded) throw new Error(`${path}: ${decoded.error}`);
		return decoded.text;
	};
	const json = parseJsonText(read(metaPath));
	if ('error' in json) throw new Error(`${metaPath}: ${json.error}`);
	const { output: meta, problems } = parseWith(SourceMetaSchema, json.json);
	if (!meta) throw new Error(`${metaPath}: ${problems.map(formatProblem).join('; ')}`);
	return normalizeText(read(join(dir, meta.textFile)));
}

function excerpt(text: string, start: number, length: number): string {
	const from = Math.max(0, start - 30);
	const to = Math.min(text.length, start + length + 30);
	return (
		(from > 0 ? '…' : '') +
		text.slice(from, start) +
		'[' +
		text.slice(start, start + length) +
		']' +
		text.slice(start + length, to) +
		(to < text.length ? '…' : '')
	).replace(/\n/g, '⏎');
}

export function main(argv: string[]): number {
	if (argv.includes('-h') || argv.includes('--help')) {
		console.log(USAGE);
		return 0;
	}
	if (argv.length < 2 || argv.length > 3) {
		console.error(USAGE);
		return 2;
	}
	const [sourceId, quote, occurrenceArg] = argv as [string, string, string | undefined];
	if (!v.is(IdSchema, sourceId)) {
		console.error(
			`error: "${sourceId}" is not a source id (a lower-case slug such as izvestia-2025-04-14-p3)`
		);
		return 2;
	}
	if (normalizeText(quote).trim() === '') {
		console.error('error: the quote is empty');
		return 2;
	}
	let occurrence: number | undefined;
	if (occurrenceArg !== undefined) {
		if (!/^[1-9]\d*$/.test(occurrenceArg)) {
			console.error(`error: occurrence must be a whole number from 1, got "${occurrenceArg}"`);
			return 2;
		}
		occurrence = Number(occurrenceArg);
	}

	let text: string;
	try {
		text = loadSource(sourceId);
	} catch (error) {
		console.error(`error: ${(error as Error).message}`);
		return 1;
	}

	const result = findQuote(text, quote, occurrence);
	const length = normalizeText(quote).trim().length;
	switch (result.kind) {
		case 'absent': {
			console.error(`error: the quote does not occur in ${sourceId}.`);
			if (result.longestPrefix.length > 0) {
				console.error(
					`  The text has its first ${result.longestPrefix.length} characters, up to: …${JSON.stringify(result.longestPrefix.slice(-40))}`
				);
				console.error(
					'  Check the next characters against the source (spelling, spacing, brackets).'
				);
			}
			return 1;
		}
		case 'ambiguous':
		case 'bad-occurrence': {
			const n = result.occurrences.length;
			console.error(
				result.kind === 'ambiguous'
					? `error: the quote occurs ${n} times in ${sourceId}; add the occurrence number (1–${n}), or quote a longer passage:`
					: `error: there is no occurrence ${occurrence}; the quote occurs ${n} time${n === 1 ? '' : 's'}:`
			);
			result.occurrences.forEach((start, i) => {
				const { line, column } = lineColumn(text, start);
				console.error(
					`  ${i + 1}. line ${line}, column ${column}: ${excerpt(text, start, length)}`
				);
			});
			return 2;
		}
		case 'found': {
			if (result.folded) {
				console.error(
					'note: matched with typographic quotes/dashes; the anchor uses the source’s characters.'
				);
			}
			if (result.occurrences.length > 1 && !isUnique(text, result.anchor)) {
				console.error(
					'warning: even with its prefix and suffix this quote is not unique; quote a longer passage.'
				);
			}
			console.log(JSON.stringify(result.anchor, null, '\t'));
			return 0;
		}
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	process.exitCode = main(process.argv.slice(2));
}

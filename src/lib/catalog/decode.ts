/**
 * From a data file's bytes to its text and JSON, refusing what cannot be read faithfully: a
 * source is stored verbatim, so a byte that is not UTF-8 is an error to fix, never a silent "�".
 */

/** The text of a file: UTF-8 with any byte-order mark dropped, or what is wrong and where. */
export function decodeText(content: string | Uint8Array): { text: string } | { error: string } {
	// A BOM is how some editors mark UTF-8, not part of the text: left in, it would shift every
	// anchor's position by one and break JSON.parse.
	if (typeof content === 'string') return { text: content.replace(/^\uFEFF/, '') };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(content) };
	} catch {
		const at = firstInvalidByte(content);
		const { line, column } = lineColumnAt(new TextDecoder().decode(content.subarray(0, at)));
		const bytes = [...content.subarray(at, at + 3)]
			.map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`)
			.join(' ');
		return {
			error:
				`not valid UTF-8: at line ${line}, column ${column} (byte ${at}: ${bytes}…) the bytes ` +
				'are not a UTF-8 character; the file was perhaps saved as Latin-1 or Windows-1252. ' +
				'Save it as UTF-8 (in most editors: Save with encoding › UTF-8); nothing was read from it'
		};
	}
}

/** Parses JSON; a syntax error says the line and column, not only the character offset. */
export function parseJsonText(text: string): { json: unknown } | { error: string } {
	try {
		return { json: JSON.parse(text) };
	} catch (error) {
		const message = (error as Error).message;
		const position = /at position (\d+)/.exec(message)?.[1];
		if (position === undefined || /line \d+/.test(message)) {
			return { error: `not valid JSON: ${message}` };
		}
		const { line, column } = lineColumnAt(text.slice(0, Number(position)));
		return { error: `not valid JSON: ${message} (line ${line}, column ${column})` };
	}
}

/** 1-based line and column of the character right after `before`. */
function lineColumnAt(before: string): { line: number; column: number } {
	const lines = before.split('\n');
	return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/**
 * Where the first malformed sequence starts. The decoder itself is the judge of what is valid
 * (overlong forms, surrogates, truncation), so this bisects on the longest prefix it accepts as the
 * start of a stream, then steps back to the last whole character: O(n log n), and only ever run
 * on a file already known to be broken.
 */
function firstInvalidByte(bytes: Uint8Array): number {
	const accepts = (length: number, stream: boolean) => {
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream });
			return true;
		} catch {
			return false;
		}
	};
	// The smallest prefix the decoder rejects; a file cut off mid-character fails only at its end.
	let lo = 0;
	let hi = bytes.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (accepts(mid + 1, mid + 1 < bytes.length)) lo = mid + 1;
		else hi = mid;
	}
	let start = lo;
	while (start > 0 && !accepts(start, false)) start--;
	return start;
}

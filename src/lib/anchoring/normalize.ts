/**
 * The canonical form every anchor is made and resolved over: Unicode NFC with LF line ends.
 * Without it, a decomposed "é" or a CRLF file would shift every offset after it.
 */
export function normalizeText(text: string): string {
	return text.normalize('NFC').replace(/\r\n?/g, '\n');
}

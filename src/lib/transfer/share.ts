/**
 * The share link: a comparison file deflated into the URL's fragment. The fragment never leaves
 * the browser, so the article is not sent to any server. Its form is `1.<bytes>.<data>`: the
 * link's version, the compressed length (so a link cut by a chat app is told apart from a
 * corrupted one) and the bytes in base64url.
 */

/** Above this many characters some chat apps and learning platforms cut a URL: offer the file. */
export const SHARE_LINK_LIMIT = 8000;

export type EncodedShare = { fragment: string; length: number; tooLong: boolean };

export type DecodedShare = { ok: true; text: string } | { ok: false; message: string };

/** Compresses a comparison file into a URL fragment (without the `#`). */
export async function encodeShare(fileText: string): Promise<EncodedShare> {
	const bytes = await pipe(
		new TextEncoder().encode(fileText),
		new CompressionStream('deflate-raw')
	);
	const fragment = `1.${bytes.length}.${toBase64Url(bytes)}`;
	return { fragment, length: fragment.length, tooLong: isTooLong(fragment.length) };
}

/** Whether a link of `length` characters risks being cut on the way. */
export function isTooLong(length: number): boolean {
	return length > SHARE_LINK_LIMIT;
}

/** The comparison file a fragment carries (with or without its `#`), or why it cannot be read. */
export async function decodeShare(fragment: string): Promise<DecodedShare> {
	const match = /^#?1\.(\d+)\.([A-Za-z0-9_-]*)$/.exec(fragment.trim());
	if (!match) {
		return {
			ok: false,
			message:
				/^#?\d+\./.test(fragment.trim()) && !/^#?1\./.test(fragment.trim())
					? 'This link was made by a newer Standpoint; open it on an up-to-date site, or ask for the file.'
					: 'This link does not hold a comparison: it may have been changed on the way. Ask for the link again, or for the file.'
		};
	}
	const declared = Number(match[1]);
	// A link cut at any character may end in a lone sixth of a byte: that is a cut, not damage.
	const data = match[2]!;
	const bytes = fromBase64Url(data.length % 4 === 1 ? data.slice(0, -1) : data);
	if (!bytes) {
		return {
			ok: false,
			message:
				'This link is damaged (it has characters a share link never has). Ask for the link again, or for the file.'
		};
	}
	if (bytes.length < declared) {
		return {
			ok: false,
			message: `This link was cut short: it carries ${bytes.length} of its ${declared} bytes. Some apps cut long links; ask for the file instead.`
		};
	}
	if (bytes.length > declared) {
		return {
			ok: false,
			message:
				'This link is damaged (it is longer than it says). Ask for the link again, or for the file.'
		};
	}
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(
			await pipe(bytes, new DecompressionStream('deflate-raw'))
		);
		return { ok: true, text };
	} catch {
		return {
			ok: false,
			message:
				'This link is damaged: its contents cannot be unpacked. Ask for the link again, or for the file.'
		};
	}
}

async function pipe(
	input: Uint8Array,
	transform: CompressionStream | DecompressionStream
): Promise<Uint8Array> {
	const stream = new Blob([input as BlobPart]).stream().pipeThrough(transform);
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	// In chunks: spreading a long array into one call overflows the stack.
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
	if (text.length % 4 === 1) return undefined;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		return Uint8Array.from(binary, (c) => c.charCodeAt(0));
	} catch {
		return undefined;
	}
}

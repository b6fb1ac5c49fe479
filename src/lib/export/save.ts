/** Saves a blob under a file name through a temporary link, the one way every browser supports. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoking at once can cancel the download in some browsers; a minute is ample.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Whether this browser can put a PNG on the clipboard (needs a secure context and ClipboardItem). */
export function canCopyImages(): boolean {
	if (typeof ClipboardItem === 'undefined' || typeof navigator.clipboard?.write !== 'function') {
		return false;
	}
	return typeof ClipboardItem.supports === 'function' ? ClipboardItem.supports('image/png') : true;
}

/**
 * Copies a PNG to the clipboard. Takes the blob as a promise and calls `write` at once, so Safari
 * still sees the click that asked for it while the image is being drawn.
 */
export async function copyPng(png: Promise<Blob>): Promise<void> {
	await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

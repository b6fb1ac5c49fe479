import type { PresetId } from './presets';

/** A local calendar date as YYYY-MM-DD: the day the teacher made the image, in their time zone. */
export function isoDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * `<comparison id>-<preset>[-<row id>]-<YYYY-MM-DD>.<ext>`, with `-<n>-of-<count>` before the
 * extension when the comparison spans several images, so they sort in order. The .zip that
 * carries several images has the name they share.
 */
export function exportFileName(parts: {
	comparison: string;
	preset: PresetId;
	row?: string | null;
	date: Date;
	extension: 'png' | 'svg' | 'zip';
	page?: number;
	pages?: number;
}): string {
	const row = parts.row ? `-${parts.row}` : '';
	const pages = parts.pages ?? 1;
	const page = pages > 1 ? `-${parts.page ?? 1}-of-${pages}` : '';
	const stem = `${parts.comparison}-${parts.preset}${row}-${isoDay(parts.date)}${page}`;
	return `${stem.replace(/[^a-z0-9-]+/gi, '-')}.${parts.extension}`;
}

/**
 * A text brought into the editor: Markdown and pasted rich text become plain paragraphs, and a
 * citation is built from what the form says about the text.
 */
import { formatDate } from '../source/cite.ts';
import type { DraftSourceMeta } from '../draft/draft.ts';

/** Markdown as the plain text a reader sees: no heading marks, emphasis, link targets or images. */
export function markdownToText(markdown: string): string {
	return markdown
		.replace(/^\s{0,3}#{1,6}\s+/gm, '')
		.replace(/^\s{0,3}>\s?/gm, '')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(^|[^\p{L}*_])([*_])(\S(?:.*?\S)?)\2(?![\p{L}*_])/gu, '$1$3')
		.replace(/`([^`]+)`/g, '$1')
		.replace(/^\s{0,3}(?:[-*_]\s*){3,}$/gm, '')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** Paragraphs separated by one blank line, lines trimmed of trailing spaces. */
export function tidyParagraphs(text: string): string {
	return text
		.replace(/[ \t]+\n/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/**
 * The citation the form's fields give: author, “title”, publication, date, page. Only what the
 * form has is named; nothing is made up for a field left empty.
 */
export function buildCitation(
	meta: Pick<DraftSourceMeta, 'publication' | 'date' | 'page' | 'title' | 'author'>
): string {
	const date = /^\d{4}-\d{2}-\d{2}$/.test(meta.date ?? '') ? formatDate(meta.date!) : undefined;
	return [
		meta.author,
		meta.title ? `“${meta.title}”` : undefined,
		meta.publication,
		date,
		meta.page ? `p. ${meta.page}` : undefined
	]
		.map((part) => part?.trim())
		.filter(Boolean)
		.join(', ');
}

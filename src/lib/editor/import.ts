/**
 * Turning HTML into readable text, in the browser only (it needs `DOMParser`): an article page
 * through Mozilla's Readability, a pasted fragment by its blocks. The result is text, never HTML.
 */
import { tidyParagraphs } from './source.ts';

const blocks = 'p,div,li,h1,h2,h3,h4,h5,h6,blockquote,pre,tr,section,article,header,footer,br';

/** The text of an HTML fragment (a rich paste) with one paragraph per block, formatting dropped. */
export function fragmentToText(html: string): string {
	const doc = new DOMParser().parseFromString(html, 'text/html');
	doc.querySelectorAll('script,style,noscript,template').forEach((el) => el.remove());
	doc.querySelectorAll(blocks).forEach((el) => {
		if (el.tagName === 'BR') el.replaceWith('\n');
		else el.append('\n\n');
	});
	const text = (doc.body.textContent ?? '').replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n');
	return tidyParagraphs(text.replace(/[ \t]{2,}/g, ' '));
}

/** A whole page's article text and what it says of itself (title, author), by Readability. */
export async function pageToText(
	html: string
): Promise<{ text: string; title?: string; author?: string }> {
	const { Readability } = await import('@mozilla/readability');
	const doc = new DOMParser().parseFromString(html, 'text/html');
	const article = new Readability(doc).parse();
	if (!article?.content) return { text: fragmentToText(html) };
	return {
		text: fragmentToText(article.content),
		title: article.title?.trim() || undefined,
		author: article.byline?.trim() || undefined
	};
}

import type { Attachment } from 'svelte/attachments';
import type { MediaQuery } from 'svelte/reactivity';

/**
 * Sets a box's `--fit` (1 = full size) to the largest scale, down to `min`, at which its content
 * fits its height. Self-contained, with nothing from outside its body, so `prefitScript` can send
 * it with the prerendered page.
 */
export function fitBox(box: HTMLElement, min: number): void {
	const fits = (scale: number) => {
		box.style.setProperty('--fit', String(scale));
		return box.scrollHeight <= box.clientHeight + 1;
	};
	if (box.clientHeight === 0 || fits(1)) return;
	let lo = min;
	let hi = 1;
	for (let i = 0; i < 7; i++) {
		const mid = (lo + hi) / 2;
		if (fits(mid)) lo = mid;
		else hi = mid;
	}
	fits(lo);
}

/**
 * Shrinks a box's type, through the CSS variable `--fit`, until its content fits its height, but
 * never below `min`: a slide stays as large as it can be for the back of the room. Only while
 * `media` matches: on a phone, scrolling beats type too small to read.
 */
export function fitContent(min = 0.6, media?: MediaQuery): Attachment<HTMLElement> {
	return (box) => {
		const fit = () => {
			if (media && !media.current) box.style.removeProperty('--fit');
			else fitBox(box, min);
		};
		const observer = new ResizeObserver(fit);
		observer.observe(box);
		void document.fonts.ready.then(fit);
		return () => {
			observer.disconnect();
			box.style.removeProperty('--fit');
		};
	};
}

/**
 * An inline script for the prerendered page, the last child of the element whose first
 * `selector` it fits: it runs while the page is still being parsed, once everything around the
 * box is in place, and again once the fonts have come, so the first paint has the fitted size and
 * the app starting later moves nothing. `query` is the media query `fitContent` is given.
 * Inserted by the app after it has started, a script does not run, and `fitContent` does the work.
 */
export function prefitScript(selector: string, min: number, query: string): string {
	const fit = `function(){if(matchMedia(q).matches)(${fitBox})(b,m)}`;
	const body = `(function(b,m,q){if(!b)return;var f=${fit};f();document.fonts.ready.then(f)})(document.currentScript.parentElement.querySelector(${JSON.stringify(selector)}),${JSON.stringify(min)},${JSON.stringify(query)})`;
	return `<script data-before-paint>${body}</` + 'script>';
}

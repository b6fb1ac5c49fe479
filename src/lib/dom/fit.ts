import type { Attachment } from 'svelte/attachments';
import type { MediaQuery } from 'svelte/reactivity';

/**
 * Shrinks a box's type, through the CSS variable `--fit` (1 = full size), until its content fits
 * its height, but never below `min`: a slide stays as large as it can be for the back of the room.
 * Only while `media` matches: on a phone, scrolling beats type too small to read.
 */
export function fitContent(min = 0.6, media?: MediaQuery): Attachment<HTMLElement> {
	return (box) => {
		const fits = (scale: number) => {
			box.style.setProperty('--fit', String(scale));
			return box.scrollHeight <= box.clientHeight + 1;
		};
		const fit = () => {
			if (media && !media.current) return box.style.removeProperty('--fit');
			if (box.clientHeight === 0 || fits(1)) return;
			let lo = min;
			let hi = 1;
			for (let i = 0; i < 7; i++) {
				const mid = (lo + hi) / 2;
				if (fits(mid)) lo = mid;
				else hi = mid;
			}
			fits(lo);
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

import { flushSync } from 'svelte';
import type { Band, Box } from './geometry';
import { layoutLinks, type EdgeMarker, type Link, type MeasuredLink } from './layout';

/** A link to draw: from the card `[data-claim]` to the mark `[data-start=target]`. */
export type LinkTarget = { key: string; claim: string; target: number };

/** Links are drawn only where the panes sit side by side. */
export const WIDE = '(min-width: 1024px)';

/** The user-timing measure each relayout records, read by `npm run bench`. */
export const MEASURE_NAME = 'standpoint:links';

/**
 * Measures cards and marks and keeps `links` and `markers` in step with the layout. Reads are
 * batched into one animation frame per change, so scrolling both panes, resizing and font loading
 * all cost a single measure-and-draw per frame.
 *
 * The root it observes holds `[data-pane="claims"]` (with an optional sticky `[data-pane-top]`),
 * `[data-pane="source"]` and the text column `[data-source-text]`.
 */
export class LinkMeasurer {
	links = $state.raw<Link[]>([]);
	markers = $state.raw<EdgeMarker[]>([]);
	/** Left edge of the gutter, in overlay coordinates. */
	gutterLeft = $state(0);

	#targets: () => LinkTarget[];
	#root: HTMLElement | null = null;
	#frame = 0;

	constructor(targets: () => LinkTarget[]) {
		this.#targets = targets;
	}

	/** Attachment for the root element: observes it until it is removed. */
	observe = (root: HTMLElement) => {
		this.#root = root;
		const panes = root.querySelectorAll<HTMLElement>('[data-pane]');
		const resize = new ResizeObserver(this.schedule);
		resize.observe(root);
		for (const pane of panes) {
			resize.observe(pane);
			// The pane's content changes height when a layer is toggled, without the pane resizing.
			for (const child of pane.children) resize.observe(child);
			pane.addEventListener('scroll', this.schedule, { passive: true });
		}
		const wide = matchMedia(WIDE);
		wide.addEventListener('change', this.schedule);
		document.fonts?.ready.then(this.schedule);
		this.schedule();
		return () => {
			cancelAnimationFrame(this.#frame);
			this.#frame = 0;
			resize.disconnect();
			for (const pane of panes) pane.removeEventListener('scroll', this.schedule);
			wide.removeEventListener('change', this.schedule);
			this.#root = null;
		};
	};

	/** Asks for a relayout in the next frame; repeated calls within a frame cost nothing. */
	schedule = () => {
		if (this.#frame === 0 && this.#root) this.#frame = requestAnimationFrame(this.#measure);
	};

	#measure = () => {
		this.#frame = 0;
		const root = this.#root;
		if (!root) return;
		const started = performance.now();
		const claimsPane = root.querySelector<HTMLElement>('[data-pane="claims"]');
		const sourcePane = root.querySelector<HTMLElement>('[data-pane="source"]');
		const text = root.querySelector<HTMLElement>('[data-source-text]');
		if (!claimsPane || !sourcePane || !text || !matchMedia(WIDE).matches) {
			this.links = [];
			this.markers = [];
			return;
		}
		const origin = root.getBoundingClientRect();
		const box = (r: DOMRect): Box => ({
			left: r.left - origin.left,
			top: r.top - origin.top,
			right: r.right - origin.left,
			bottom: r.bottom - origin.top
		});
		const band = (pane: HTMLElement, top = pane.getBoundingClientRect().top): Band => {
			const r = pane.getBoundingClientRect();
			// clientHeight leaves out a horizontal scrollbar, which hides what is behind it.
			return { top: top - origin.top, bottom: r.top + pane.clientHeight - origin.top };
		};
		const header = claimsPane.querySelector('[data-pane-top]')?.getBoundingClientRect();
		const claimsRect = claimsPane.getBoundingClientRect();
		const textLeft = text.getBoundingClientRect().left - origin.left;

		// Plain records: these lookups live for one frame and need no reactivity.
		const cards: Record<string, Box> = {};
		for (const card of claimsPane.querySelectorAll<HTMLElement>('li[data-claim]')) {
			cards[card.dataset.claim!] = box(card.getBoundingClientRect());
		}
		const marks: Record<string, Element> = {};
		for (const mark of sourcePane.querySelectorAll<HTMLElement>('[data-start]')) {
			marks[mark.dataset.start!] = mark;
		}
		const measured: MeasuredLink[] = this.#targets().map(({ key, claim, target }) => {
			const line = marks[target]?.getClientRects()[0];
			return { key, claim, card: cards[claim], mark: line && box(line) };
		});
		const gutter = { left: claimsRect.right - origin.left, right: textLeft };
		const { links, markers } = layoutLinks({
			claims: band(claimsPane, Math.max(claimsRect.top, header?.bottom ?? claimsRect.top)),
			source: band(sourcePane),
			gutter,
			textLeft,
			links: measured
		});
		this.links = links;
		this.markers = markers;
		this.gutterLeft = gutter.left;
		// Draw now, inside this frame, so the measure below covers computing and drawing.
		flushSync();
		performance.clearMeasures(MEASURE_NAME);
		performance.measure(MEASURE_NAME, { start: started, detail: { links: links.length } });
	};
}

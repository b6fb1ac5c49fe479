import { flushSync } from 'svelte';
import { WIDE, wide } from '../dom/media';
import type { Band, Box, Gutter, Outside } from '../geometry/link';
import { layoutLinks, type EdgeMarker } from '../geometry/link-layout';

/**
 * A link to draw: from the card of `claim` to the mark starting at `target`, leaving the card
 * `spread` pixels below its middle.
 */
export type LinkTarget = { key: string; claim: string; target: number; spread?: number };

/**
 * Where the measurer finds the elements it links, handed over by the component that owns them
 * (an element registry), so it never searches the document for them.
 */
export type LinkElements = {
	/** Every claim card, with its claim id. */
	cards: () => Iterable<[claim: string, card: HTMLElement]>;
	/** The mark starting at `target`. */
	mark: (target: number) => HTMLElement | undefined;
};

/** The user-timing measure each relayout records, read by `npm run bench`. */
export const MEASURE_NAME = 'standpoint:links';

/** Whether a link's ends are both in view, one is, or neither (then it is not drawn). */
export type Placement = 'in' | 'partly' | 'out';

/**
 * One drawn link. Its path and placement are fine-grained state, so a relayout touches only the
 * links that moved: a scroll leaves every link pinned to a pane edge as it was.
 */
export class DrawnLink {
	d = $state('');
	placement = $state<Placement>('out');

	constructor(
		readonly key: string,
		readonly claim: string
	) {}
}

/**
 * Boxes as last read from the DOM, with the pane scroll offsets they were read at. Only cards and
 * marks near the visible band (within `exact`) are read one by one; farther ones take the box of
 * their group (a row of the grid, a paragraph of the text), which is all it takes to know they
 * are out of view and on which side.
 */
type Snapshot = {
	claims: Band;
	source: Band;
	exact: { claims: Band; source: Band };
	gutter: Gutter;
	textLeft: number;
	claimsScroll: number;
	sourceScroll: number;
	cards: Record<string, Box>;
	marks: Record<string, Box>;
};

const shift = (box: Box | undefined, dy: number): Box | undefined =>
	box && { left: box.left, right: box.right, top: box.top - dy, bottom: box.bottom - dy };

/** Whether the panes, scrolled to these offsets, still show only what was read exactly. */
function fresh(s: Snapshot, claimsScroll: number, sourceScroll: number): boolean {
	const inside = (band: Band, exact: Band, dy: number) =>
		band.top + dy >= exact.top && band.bottom + dy <= exact.bottom;
	return (
		inside(s.claims, s.exact.claims, claimsScroll - s.claimsScroll) &&
		inside(s.source, s.exact.source, sourceScroll - s.sourceScroll)
	);
}

/**
 * Measures cards and marks and keeps `links` and `markers` in step with the layout. A resize or a
 * scroll is drawn in its own callback, before the frame is painted; other changes (the links
 * wanted, fonts, the layout switch) are batched into the next animation frame. Boxes are read from
 * the DOM only when the layout may have changed (a resize, fonts, a mark not read yet); scrolling a
 * pane just moves the boxes read last by the scroll distance, so it costs no DOM reads at all.
 *
 * The root it observes holds `[data-pane="claims"]` (with an optional sticky `[data-pane-top]`),
 * `[data-pane="source"]` and the text column `[data-source-text]`; cards and marks come from
 * `elements`, grouped in `[data-link-group]` rows and paragraphs.
 */
export class LinkMeasurer {
	links = $state.raw<DrawnLink[]>([]);
	markers = $state.raw<EdgeMarker[]>([]);
	/** Left edge of the gutter, in overlay coordinates. */
	gutterLeft = $state(0);

	#targets: () => LinkTarget[];
	#elements: LinkElements;
	#root: HTMLElement | null = null;
	#frame = 0;
	#snapshot: Snapshot | null = null;

	constructor(targets: () => LinkTarget[], elements: LinkElements) {
		this.#targets = targets;
		this.#elements = elements;
	}

	/** Attachment for the root element: observes it until it is removed. */
	observe = (root: HTMLElement) => {
		this.#root = root;
		const panes = root.querySelectorAll<HTMLElement>('[data-pane]');
		const resize = new ResizeObserver(this.#resized);
		resize.observe(root);
		for (const pane of panes) {
			resize.observe(pane);
			// The pane's content changes height when a layer is toggled, without the pane resizing.
			for (const child of pane.children) resize.observe(child);
			pane.addEventListener('scroll', this.#scrolled, { passive: true });
		}
		const layout = matchMedia(WIDE);
		layout.addEventListener('change', this.invalidate);
		document.fonts?.ready.then(this.invalidate);
		document.fonts?.addEventListener('loadingdone', this.invalidate);
		this.invalidate();
		return () => {
			cancelAnimationFrame(this.#frame);
			this.#frame = 0;
			resize.disconnect();
			for (const pane of panes) pane.removeEventListener('scroll', this.#scrolled);
			layout.removeEventListener('change', this.invalidate);
			document.fonts?.removeEventListener('loadingdone', this.invalidate);
			this.#root = null;
		};
	};

	/** The layout may have changed: read every box again in the next frame. */
	invalidate = () => {
		this.#snapshot = null;
		this.schedule();
	};

	/** Asks for a relayout in the next frame; repeated calls within a frame cost nothing. */
	schedule = () => {
		if (this.#frame === 0 && this.#root) this.#frame = requestAnimationFrame(this.#relayout);
	};

	/**
	 * A resize is drawn in the ResizeObserver callback itself: it runs after layout and before
	 * paint, so the links move in the frame that moved the boxes. Waiting for the next animation
	 * frame would show one frame of links pointing at the old places.
	 */
	#resized = () => {
		this.#snapshot = null;
		this.#now();
	};

	/** Scroll events are dispatched once per frame, before paint: draw in them for the same reason. */
	#scrolled = () => this.#now();

	#now() {
		cancelAnimationFrame(this.#frame);
		this.#relayout();
	}

	#relayout = () => {
		this.#frame = 0;
		const root = this.#root;
		if (!root) return;
		const started = performance.now();
		const claimsPane = root.querySelector<HTMLElement>('[data-pane="claims"]');
		const sourcePane = root.querySelector<HTMLElement>('[data-pane="source"]');
		const targets = this.#targets();
		if (!claimsPane || !sourcePane || !wide.current) {
			this.links = [];
			this.markers = [];
			return;
		}
		if (
			this.#snapshot &&
			(!fresh(this.#snapshot, claimsPane.scrollTop, sourcePane.scrollTop) ||
				unread(this.#snapshot, targets, this.#elements))
		) {
			this.#snapshot = null;
		}
		const snapshot = (this.#snapshot ??= read(
			root,
			claimsPane,
			sourcePane,
			targets,
			this.#elements
		));
		const dyClaims = claimsPane.scrollTop - snapshot.claimsScroll;
		const dySource = sourcePane.scrollTop - snapshot.sourceScroll;
		const { links, markers } = layoutLinks({
			claims: snapshot.claims,
			source: snapshot.source,
			gutter: snapshot.gutter,
			textLeft: snapshot.textLeft,
			links: targets.map(({ key, claim, target, spread }) => ({
				key,
				claim,
				spread,
				card: shift(snapshot.cards[claim], dyClaims),
				mark: shift(snapshot.marks[target], dySource)
			}))
		});

		const sameLinks =
			this.links.length === targets.length && this.links.every((l, i) => l.key === targets[i]!.key);
		const drawn = sameLinks ? this.links : targets.map((t) => new DrawnLink(t.key, t.claim));
		// layoutLinks keeps the order of its input and skips links missing an end.
		let next = 0;
		for (const link of drawn) {
			const laid = links[next]?.key === link.key ? links[next++] : undefined;
			link.d = laid?.d ?? '';
			link.placement = placement(laid?.from.outside, laid?.to.outside);
		}
		this.links = drawn;
		this.markers = markers;
		this.gutterLeft = snapshot.gutter.left;
		// Draw now, inside this frame, so the measure below covers computing and drawing.
		flushSync();
		performance.clearMeasures(MEASURE_NAME);
		performance.measure(MEASURE_NAME, { start: started, detail: { links: drawn.length } });
	};
}

/**
 * Whether a link now wanted ends at a mark the snapshot never read: only the marks of the links
 * drawn when it was taken are read, so with "All links" off a newly hovered claim needs a new one.
 */
function unread(s: Snapshot, targets: LinkTarget[], elements: LinkElements): boolean {
	return targets.some(({ target }) => s.marks[target] === undefined && elements.mark(target));
}

function placement(from: Outside | undefined, to: Outside | undefined): Placement {
	if (from === undefined || to === undefined || (from && to)) return 'out';
	return from || to ? 'partly' : 'in';
}

/**
 * Reads the pane bands, the gutter, and the boxes of every card and linked mark: exactly within a
 * pane's height above and below what is visible, by their group's box beyond that. Cards sit in
 * `[data-link-group]` rows, marks in `[data-link-group]` paragraphs.
 */
function read(
	root: HTMLElement,
	claimsPane: HTMLElement,
	sourcePane: HTMLElement,
	targets: LinkTarget[],
	elements: LinkElements
): Snapshot {
	const origin = root.getBoundingClientRect();
	const box = (r: DOMRect): Box => ({
		left: r.left - origin.left,
		top: r.top - origin.top,
		right: r.right - origin.left,
		bottom: r.bottom - origin.top
	});
	const band = (pane: HTMLElement, top: number): Band => {
		// clientHeight leaves out a horizontal scrollbar, which hides what is behind it.
		const paneTop = pane.getBoundingClientRect().top;
		return { top: top - origin.top, bottom: paneTop + pane.clientHeight - origin.top };
	};
	const widen = ({ top, bottom }: Band): Band => ({
		top: top - (bottom - top),
		bottom: bottom + (bottom - top)
	});
	const near = (b: Box, w: Band) => b.bottom > w.top && b.top < w.bottom;

	const claimsRect = claimsPane.getBoundingClientRect();
	const header = claimsPane.querySelector('[data-pane-top]')?.getBoundingClientRect();
	const text = sourcePane.querySelector('[data-source-text]')?.getBoundingClientRect();
	const textLeft = (text?.left ?? claimsRect.right) - origin.left;
	const claims = band(claimsPane, Math.max(claimsRect.top, header?.bottom ?? claimsRect.top));
	const source = band(sourcePane, sourcePane.getBoundingClientRect().top);
	const exact = { claims: widen(claims), source: widen(source) };

	// Plain records: these lookups live until the next layout change and need no reactivity.
	const groups = new WeakMap<Element, Box>();
	const groupOf = (element: Element) => {
		const group = element.closest('[data-link-group]') ?? element;
		let groupBox = groups.get(group);
		if (!groupBox) groups.set(group, (groupBox = box(group.getBoundingClientRect())));
		return groupBox;
	};
	const cards: Record<string, Box> = {};
	for (const [claim, card] of elements.cards()) {
		const groupBox = groupOf(card);
		cards[claim] = near(groupBox, exact.claims) ? box(card.getBoundingClientRect()) : groupBox;
	}
	const marks: Record<string, Box> = {};
	for (const { target } of targets) {
		const mark = marks[target] ? null : elements.mark(target);
		if (!mark) continue;
		const groupBox = groupOf(mark);
		const line = near(groupBox, exact.source) ? mark.getClientRects()[0] : undefined;
		marks[target] = line ? box(line) : groupBox;
	}
	return {
		claims,
		source,
		exact,
		gutter: { left: claimsRect.right - origin.left, right: textLeft },
		textLeft,
		claimsScroll: claimsPane.scrollTop,
		sourceScroll: sourcePane.scrollTop,
		cards,
		marks
	};
}

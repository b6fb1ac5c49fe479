import { createContext } from 'svelte';
import type { LinkTarget } from '../dom/measure.svelte';
import { prefersReducedMotion } from '../dom/media';
import { ElementRegistry } from '../dom/registry';
import { labelsOf, type Wording } from '../model/labels';
import { claimIndex, placed } from '../model/select';
import type { ClaimModel, ComparisonModel } from '../model/types';
import { voiceColumn } from '../model/voice';
import type { ModeLinks } from '../ui/mode-links';
import {
	columnOf,
	moveFocus,
	navLines,
	type NavKey,
	type NavLine,
	type NavPosition
} from './navigation';
import { defaultView, type ViewState } from './url';

/** Where the explorer leads, given by the page that shows it. */
export type ExplorerUrls = {
	/** The comparison's other modes and the list of comparisons, for the header. */
	modes: ModeLinks;
	/** The URL that reopens a view, printed on exported images. */
	share: (view: ViewState) => string;
};

/** Prefixes that keep one explorer's element ids apart from another's on the same page. */
export type ExplorerIds = {
	/** For `aria-labelledby`/`aria-describedby` and the SVG clip path. */
	aria: string;
	/** For the passages and marks `#t1234` links reach. */
	fragments: string;
};

const navKeys: ReadonlySet<string> = new Set<NavKey>([
	'ArrowUp',
	'ArrowDown',
	'ArrowLeft',
	'ArrowRight',
	'Home',
	'End'
]);

/** The explorer's shared view: selection, emphasis, layers, roving focus and its own elements. */
export class ExplorerState {
	readonly model: ComparisonModel;
	readonly claims: ReadonlyMap<string, ClaimModel>;
	readonly urls: ExplorerUrls;
	readonly ids: ExplorerIds;
	/** The wordings of voices, in the word the source's kind of text gives. */
	readonly labels: Wording;
	/** Claim cards by claim id, registered by the cards themselves. */
	readonly cards = new ElementRegistry<string>();
	/** Marks and timeline spans by their start offset in the source. */
	readonly marks = new ElementRegistry<number>();

	selected = $state<string[]>([]);
	/** Claims under the pointer (a card, or a mark shared by several claims). */
	hovered = $state<string[]>([]);
	focused = $state<string | null>(null);
	links = $state<ViewState['links']>(defaultView.links);
	author = $state(defaultView.author);
	timeline = $state(defaultView.timeline);
	/** True once hydrated: only then do cards act as buttons and links get drawn. */
	enhanced = $state(false);
	/** Start offset of a passage just jumped to from the timeline, highlighted for a moment. */
	flash = $state<number | null>(null);
	position = $state<NavPosition>({ id: '', column: 0 });
	/** The card to return to from a passage reached by Enter or "Show in the article". */
	returnTo: string | null = null;
	/** Where focus goes back to from a passage reached through the timeline. */
	returnElement: HTMLElement | null = null;

	lines: NavLine[];
	/** Claims to emphasise: the hovered, else the focused, else the selected. */
	emphasised: readonly string[] = $derived(
		this.hovered.length > 0 ? this.hovered : this.focused ? [this.focused] : this.selected
	);
	view: ViewState = $derived({
		claims: this.selected,
		links: this.links,
		author: this.author,
		timeline: this.timeline
	});
	/** One link per placed anchor of every claim on show, or only of the emphasised ones. */
	targets: LinkTarget[];

	constructor(model: ComparisonModel, urls: ExplorerUrls, ids: ExplorerIds) {
		this.model = model;
		this.claims = claimIndex(model);
		this.urls = urls;
		this.ids = ids;
		this.labels = labelsOf(model);
		this.lines = $derived(navLines(this.model, this.author));
		this.targets = $derived(
			this.model.claims.flatMap((claim) => {
				if (!this.visible(claim.id)) return [];
				if (this.links === 'selected' && !this.emphasised.includes(claim.id)) return [];
				const spread = this.#spread(voiceColumn(claim.voice));
				return placed(claim).map((anchor, i) => ({
					key: `${claim.id}:${i}`,
					claim: claim.id,
					target: anchor.target,
					spread
				}));
			})
		);
		this.position = { id: this.lines[0]?.columns.flat()[0] ?? '', column: 0 };
	}

	/** Side by side cards share a middle, so each side's links leave a little apart. */
	#spread(side: number | undefined): number {
		return side === undefined ? 0 : (side - (this.model.sides.length - 1) / 2) * 6;
	}

	/** The id of the passage or mark starting at `offset`, for `#` links to it. */
	fragment(offset: number): string {
		return `${this.ids.fragments}t${offset}`;
	}

	/** Whether a claim is on show: the author's words (accounts, framing) only while their layer is. */
	visible = (id: string): boolean =>
		this.claims.get(id)?.voice.kind === 'side' || (this.author && this.claims.has(id));

	/** Restores a view, such as one read from the URL. */
	apply(view: ViewState): void {
		this.links = view.links;
		this.author = view.author;
		this.timeline = view.timeline;
		this.selected = view.claims.filter(this.visible);
		const first = this.selected[0];
		if (first) this.position = { id: first, column: columnOf(this.lines, first, 0) };
	}

	select(ids: string[]): void {
		this.selected = ids.filter(this.visible);
	}

	/** Makes `id` the card that Tab lands on, keeping the side column it belongs to. */
	rove(id: string): void {
		this.position = { id, column: columnOf(this.lines, id, this.position.column) };
	}

	/** Moves focus among the cards by an arrow, Home or End key; false for any other key. */
	moveFocus(key: string): boolean {
		if (!navKeys.has(key)) return false;
		this.position = moveFocus(this.lines, this.position, key as NavKey);
		const button = this.cards.get(this.position.id)?.querySelector('button');
		button?.focus({ preventScroll: true });
		this.reveal(button ?? null, 'nearest');
		return true;
	}

	setAuthor(on: boolean): void {
		this.author = on;
		this.selected = this.selected.filter(this.visible);
		this.hovered = this.hovered.filter(this.visible);
		if (!this.visible(this.position.id)) {
			this.position = { id: this.lines[0]?.columns.flat()[0] ?? '', column: 0 };
		}
	}

	/** Scrolls an element into view, smoothly unless the reader asked for less motion. */
	reveal(element: Element | null | undefined, block: ScrollLogicalPosition = 'center'): void {
		element?.scrollIntoView({
			block,
			inline: 'nearest',
			behavior: prefersReducedMotion.current ? 'auto' : 'smooth'
		});
	}

	/** Selects a claim and moves focus to one of its passages (Enter on a card). */
	jumpToPassage(id: string, quote = 0): void {
		const claim = this.claims.get(id);
		const target = claim && placed(claim)[quote]?.target;
		if (target === undefined) return;
		this.select([id]);
		this.returnTo = id;
		this.returnElement = null;
		const mark = this.marks.get(target);
		mark?.focus({ preventScroll: true });
		this.reveal(mark);
	}

	/** Back from a passage to the card that led there (Enter or Escape on a mark). */
	jumpBack(fallback: string[]): void {
		if (this.returnElement?.isConnected) {
			this.returnElement.focus();
			this.returnElement = null;
			return;
		}
		const id = this.returnTo ?? fallback.find(this.visible);
		if (!id) return;
		this.returnTo = null;
		this.rove(id);
		const button = this.cards.get(id)?.querySelector<HTMLElement>('button');
		button?.focus({ preventScroll: true });
		this.reveal(button ?? null, 'nearest');
	}
}

export const [getExplorer, setExplorer] = createContext<ExplorerState>();

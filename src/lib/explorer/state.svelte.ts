import { createContext } from 'svelte';
import { claimIndex, type ExplorerClaim, type ExplorerModel } from './model';
import {
	columnOf,
	moveFocus,
	navLines,
	type NavKey,
	type NavLine,
	type NavPosition
} from './navigation';
import { defaultView, type ViewState } from './url';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The explorer's shared view: selection, emphasis, layers and roving focus. */
export class ExplorerState {
	readonly model: ExplorerModel;
	readonly claims: ReadonlyMap<string, ExplorerClaim>;

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

	constructor(model: ExplorerModel) {
		this.model = model;
		this.claims = claimIndex(model);
		this.lines = $derived(navLines(this.model, this.author));
		this.position = { id: this.lines[0]?.columns.flat()[0] ?? '', column: 0 };
	}

	/** Whether a claim is on show: the author's framing only while its layer is visible. */
	visible = (id: string): boolean =>
		this.claims.get(id)?.voice === 'side' || (this.author && this.claims.has(id));

	/** Restores a view read from the URL. */
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

	/** Moves roving focus by an arrow, Home or End key; returns the claim to focus. */
	move(key: NavKey): string {
		this.position = moveFocus(this.lines, this.position, key);
		return this.position.id;
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
	reveal(element: Element | null, block: ScrollLogicalPosition = 'center'): void {
		element?.scrollIntoView({
			block,
			inline: 'nearest',
			behavior: reducedMotion() ? 'auto' : 'smooth'
		});
	}

	/** The claim's card, found by its stable hook. */
	card(id: string): HTMLElement | null {
		return document.querySelector(`li[data-claim="${CSS.escape(id)}"]`);
	}

	/** The mark or event span that starts at `offset` in the source. */
	passage(offset: number): HTMLElement | null {
		return document.getElementById(`t${offset}`);
	}

	/** Selects a claim and moves focus to one of its passages (Enter on a card). */
	jumpToPassage(id: string, quote = 0): void {
		const target = this.claims.get(id)?.quotes[quote]?.target;
		if (target === undefined) return;
		this.select([id]);
		this.returnTo = id;
		this.returnElement = null;
		const mark = this.passage(target);
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
		const button = this.card(id)?.querySelector<HTMLElement>('button');
		button?.focus({ preventScroll: true });
		this.reveal(button ?? null, 'nearest');
	}
}

export const [getExplorer, setExplorer] = createContext<ExplorerState>();

import type { ComparisonModel } from '../model/types';
import {
	counted,
	emptyTally,
	parseCount,
	readTally,
	tallyKey,
	type Phase,
	type Tally
} from './tally';

/**
 * The class's hand count for one comparison, kept in this browser's localStorage under the
 * comparison's id and its text's hash. localStorage rather than the drafts' IndexedDB: it is
 * read synchronously, so the counts are on the slide in the frame the script starts, and it
 * works the same for the site's comparisons, drafts and shared files. Nothing is sent anywhere.
 */
export class TallyState {
	readonly model: ComparisonModel;
	readonly key: string;
	tally = $state<Tally>() as Tally;
	/** False until the browser has read the stored counts: until then the inputs are inert. */
	ready = $state(false);
	before: boolean;
	after: boolean;

	constructor(model: ComparisonModel) {
		this.model = model;
		this.key = tallyKey(model);
		this.tally = emptyTally(model);
		this.before = $derived(counted(this.tally, 'before'));
		this.after = $derived(counted(this.tally, 'after'));
	}

	/** Reads the stored counts; call once in the browser. */
	load(storage: Storage | undefined = globalThis.localStorage): void {
		try {
			this.tally = readTally(this.model, storage?.getItem(this.key) ?? null);
		} catch {
			// Storage may be refused (private mode, a policy): the count then lasts the page.
		}
		this.ready = true;
	}

	/** Sets one count and stores the tally. */
	set(
		phase: Phase,
		id: string,
		value: unknown,
		storage: Storage | undefined = globalThis.localStorage
	): void {
		this.tally[phase][id] = parseCount(value);
		try {
			storage?.setItem(this.key, JSON.stringify(this.tally));
		} catch {
			// As in load: without storage the count is kept for this page only.
		}
	}

	/** Clears both counts. */
	clear(storage: Storage | undefined = globalThis.localStorage): void {
		this.tally = emptyTally(this.model);
		try {
			storage?.removeItem(this.key);
		} catch {
			// Nothing stored to remove.
		}
	}
}

const states = new WeakMap<ComparisonModel, TallyState>();

/** The one tally of a comparison on this page, shared by the slides and the handout that show it. */
export function tallyOf(model: ComparisonModel): TallyState {
	let state = states.get(model);
	if (!state) states.set(model, (state = new TallyState(model)));
	return state;
}

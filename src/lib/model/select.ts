/** Small questions every mode asks of a model, answered once here (lookups memoised per model). */
import type {
	AnchorModel,
	ClaimModel,
	ComparisonModel,
	PlacedAnchor,
	PromptModel,
	Voice
} from './types.ts';
import { voiceRank } from './voice.ts';

const claimMaps = new WeakMap<ComparisonModel, ReadonlyMap<string, ClaimModel>>();
const openings = new WeakMap<ComparisonModel, ReadonlyMap<number, Voice[]>>();

/** The model's claims by id. */
export function claimIndex(model: ComparisonModel): ReadonlyMap<string, ClaimModel> {
	let map = claimMaps.get(model);
	if (!map) claimMaps.set(model, (map = new Map(model.claims.map((c) => [c.id, c]))));
	return map;
}

/** One claim by id. */
export function claimOf(model: ComparisonModel, id: string): ClaimModel | undefined {
	return claimIndex(model).get(id);
}

/** Whether an anchor found its place in the source. */
export function isPlaced(anchor: AnchorModel): anchor is PlacedAnchor {
	return 'target' in anchor;
}

/** The anchors of a claim or event that found their place, in order. */
export function placed(item: { anchors: AnchorModel[] }): PlacedAnchor[] {
	return item.anchors.filter(isPlaced);
}

/** Whether the comparison has any of the author's own words: framing or accounts of a side. */
export function hasAuthor(model: ComparisonModel): boolean {
	return model.claims.some((c) => c.voice.kind !== 'side');
}

/** Whether the comparison has any of the author's own framing. */
export function hasFraming(model: ComparisonModel): boolean {
	return model.claims.some((c) => c.voice.kind === 'framing');
}

/** Whether the comparison has any of the author's accounts of a side. */
export function hasAccounts(model: ComparisonModel): boolean {
	return model.claims.some((c) => c.voice.kind === 'account');
}

/** The label of a dimension row, by id. */
export function dimensionLabel(model: ComparisonModel, id: string | undefined): string | undefined {
	return id === undefined ? undefined : model.rows.find((r) => r.id === id)?.label;
}

/** The labels of sides, by index. */
export function sideLabels(model: ComparisonModel, sides: readonly number[]): string[] {
	return sides.flatMap((i) => model.sides[i]?.label ?? []);
}

/** Prompts by id, in the order given. */
export function promptsOf(model: ComparisonModel, ids: readonly string[]): PromptModel[] {
	return ids.flatMap((id) => model.prompts.find((p) => p.id === id) ?? []);
}

/** Prompts in the order a worksheet asks them: each row's in row order, then the general ones. */
export function promptOrder(model: ComparisonModel): PromptModel[] {
	const rows = model.rows.map((r) => r.id);
	const rank = (p: PromptModel) =>
		p.dimension === undefined ? rows.length : rows.indexOf(p.dimension);
	return [...model.prompts].sort((a, b) => rank(a) - rank(b));
}

/** The distinct voices of some claims: the framing first, then each side and the account of it. */
export function voicesOf(model: ComparisonModel, claims: readonly string[]): Voice[] {
	return distinct(claims.flatMap((id) => claimOf(model, id)?.voice ?? []));
}

/** The voices whose links end at the mark starting at `offset`, in the same order. */
export function opensAt(model: ComparisonModel, offset: number): Voice[] {
	let map = openings.get(model);
	if (!map) {
		const at = new Map<number, Voice[]>();
		for (const claim of model.claims) {
			for (const anchor of placed(claim))
				at.set(anchor.target, [...(at.get(anchor.target) ?? []), claim.voice]);
		}
		map = new Map([...at].map(([target, voices]) => [target, distinct(voices)]));
		openings.set(model, map);
	}
	return map.get(offset) ?? [];
}

function distinct(voices: Voice[]): Voice[] {
	const byRank = new Map(voices.map((v) => [`${v.kind}:${voiceRank(v)}`, v]));
	return [...byRank.values()].sort((a, b) => voiceRank(a) - voiceRank(b));
}

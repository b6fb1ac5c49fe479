/**
 * A fixed key order for everything Standpoint writes, so the same comparison always gives the same
 * bytes (a file can be diffed, and its hash means something) and reads like the data files: ids
 * and voices first, anchors last. Keys not listed follow in alphabetical order.
 */
const KEY_ORDER = [
	'$schema',
	'formatVersion',
	'id',
	'textFile',
	'voice',
	'side',
	'about',
	'dimension',
	'step',
	'title',
	'question',
	'source',
	'layout',
	'label',
	'who',
	'hide',
	'description',
	'publication',
	'date',
	'inferred',
	'when',
	'page',
	'author',
	'language',
	'originalLanguage',
	'translation',
	'genre',
	'kind',
	'citation',
	'note',
	'text',
	'attribution',
	'sha256',
	'sides',
	'dimensions',
	'claims',
	'timeline',
	'prompts',
	'anchors',
	'quote',
	'position',
	'type',
	'exact',
	'prefix',
	'suffix',
	'start',
	'end'
];

const rank = new Map(KEY_ORDER.map((key, i) => [key, i]));

/** A deep copy of `value` with every object's keys in the house order. */
export function orderKeys<T>(value: T): T {
	if (Array.isArray(value)) return value.map(orderKeys) as T;
	if (typeof value !== 'object' || value === null) return value;
	const keys = Object.keys(value).sort((a, b) => {
		const ra = rank.get(a) ?? KEY_ORDER.length;
		const rb = rank.get(b) ?? KEY_ORDER.length;
		return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
	});
	const out: Record<string, unknown> = {};
	for (const key of keys) {
		const entry = (value as Record<string, unknown>)[key];
		if (entry !== undefined) out[key] = orderKeys(entry);
	}
	return out as T;
}

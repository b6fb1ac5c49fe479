/**
 * A seeded shuffle, so a quiz order can be written into a URL and replayed exactly. mulberry32 is
 * small, fast and well distributed for this use (a few dozen draws); it is not for cryptography.
 */

/** The largest seed a URL may carry: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffffffff;

/** A pseudo-random generator of numbers in [0, 1), fully determined by `seed`. */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A new array with the items of `items` in an order determined by `seed` (Fisher–Yates). */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
	const random = mulberry32(seed);
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/** A fresh seed for a new order. */
export function randomSeed(): number {
	return crypto.getRandomValues(new Uint32Array(1))[0]! % (MAX_SEED + 1);
}

/** The seed in a URL parameter, or undefined unless it is a whole number in [0, MAX_SEED]. */
export function parseSeed(param: string | null | undefined): number | undefined {
	if (param == null || !/^\d{1,10}$/.test(param)) return undefined;
	const seed = Number(param);
	return seed <= MAX_SEED ? seed : undefined;
}

import { describe, expect, test } from 'vitest';
import { MAX_SEED, mulberry32, parseSeed, seededShuffle } from './shuffle';

describe('mulberry32', () => {
	test('the same seed gives the same sequence, in [0, 1)', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const draws = Array.from({ length: 1000 }, () => a());
		expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
		expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...draws)).toBeLessThan(1);
	});

	test('matches the reference implementation for seed 1', () => {
		// First outputs of bryc's reference mulberry32 (github.com/bryc/code, PRNGs.md), seed 1.
		const random = mulberry32(1);
		const outputs = [random(), random(), random()].map((x) => x * 2 ** 32);
		expect(outputs).toEqual([2693262067, 11749833, 2265367787]);
	});

	test('different seeds give different sequences', () => {
		expect(mulberry32(1)()).not.toBe(mulberry32(2)());
	});

	test('is roughly uniform: each tenth of [0, 1) gets 10 % ± 1.5 % of 10 000 draws', () => {
		const random = mulberry32(2025);
		const buckets = new Array<number>(10).fill(0);
		for (let i = 0; i < 10_000; i++) buckets[Math.floor(random() * 10)]!++;
		for (const count of buckets) expect(Math.abs(count - 1000)).toBeLessThan(150);
	});
});

describe('seededShuffle', () => {
	const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

	test('is a permutation and leaves its input alone', () => {
		const shuffled = seededShuffle(items, 7);
		expect([...shuffled].sort()).toEqual(items);
		expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
	});

	test('the same seed gives the same order; another seed another order', () => {
		expect(seededShuffle(items, 123)).toEqual(seededShuffle(items, 123));
		expect(seededShuffle(items, 123)).not.toEqual(seededShuffle(items, 124));
	});

	test('every position is reachable: over 2000 seeds each item lands first about 1/8 of the time', () => {
		const firsts = new Map<string, number>();
		for (let seed = 0; seed < 2000; seed++) {
			const first = seededShuffle(items, seed)[0]!;
			firsts.set(first, (firsts.get(first) ?? 0) + 1);
		}
		expect(firsts.size).toBe(items.length);
		for (const count of firsts.values()) expect(Math.abs(count - 250)).toBeLessThan(60);
	});

	test.each([[[]], [['only']]])('handles %j', (list) => {
		expect(seededShuffle(list, 9)).toEqual(list);
	});
});

describe('parseSeed', () => {
	test.each([
		{ param: '0', expected: 0 },
		{ param: '42', expected: 42 },
		{ param: String(MAX_SEED), expected: MAX_SEED },
		{ param: String(MAX_SEED + 1), expected: undefined },
		{ param: '-3', expected: undefined },
		{ param: '1.5', expected: undefined },
		{ param: '1e3', expected: undefined },
		{ param: 'abc', expected: undefined },
		{ param: '', expected: undefined },
		{ param: null, expected: undefined }
	])('$param → $expected', ({ param, expected }) => {
		expect(parseSeed(param)).toBe(expected);
	});
});

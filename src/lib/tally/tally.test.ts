import { describe, expect, test } from 'vitest';
import { smallModel } from '../model/fixtures';
import { UNDECIDED, emptyTally, parseCount, readTally, tallyChoices, tallyKey } from './tally';
import { tallyBars } from './chart';

const model = smallModel();

describe('tally', () => {
	test('counts every side and undecided, before and after, from 0', () => {
		const ids = [...model.sides.map((s) => s.id), UNDECIDED];
		expect(tallyChoices(model).map((c) => c.id)).toEqual(ids);
		expect(emptyTally(model).before).toEqual(Object.fromEntries(ids.map((id) => [id, 0])));
	});

	test.each([
		['12', 12],
		[' 3 ', 3],
		['', 0],
		['-4', 0],
		['2.5', 0],
		['abc', 0],
		['100000', 999],
		[7, 7]
	])('a count typed as %j is %j', (input, expected) => {
		expect(parseCount(input)).toBe(expected);
	});

	test('a stored tally is read back checked: unknown choices dropped, bad counts zero, bad JSON empty', () => {
		const side = model.sides[0]!.id;
		const stored = JSON.stringify({ before: { [side]: 5, ghost: 3 }, after: { [side]: 'x' } });
		const tally = readTally(model, stored);
		expect(tally.before[side]).toBe(5);
		expect(tally.before).not.toHaveProperty('ghost');
		expect(tally.after[side]).toBe(0);
		expect(readTally(model, '{oops')).toEqual(emptyTally(model));
		expect(readTally(model, null)).toEqual(emptyTally(model));
	});

	test('the key names the comparison and changes with its text', () => {
		const other = structuredClone(model);
		other.passages[0]!.pieces[0]!.text += ' edited';
		expect(tallyKey(model)).toMatch(new RegExp(`^standpoint:tally:${model.id}:[0-9a-f]{8}$`));
		expect(tallyKey(other)).not.toBe(tallyKey(model));
	});

	test('bars share one scale: the largest count fills the height, 0 has none', () => {
		const tally = emptyTally(model);
		const [a, b] = model.sides.map((s) => s.id);
		tally.before[a!] = 4;
		tally.after[a!] = 8;
		tally.after[b!] = 2;
		const { groups, top } = tallyBars(model, tally, { width: 300, height: 100 });
		expect(top).toBe(8);
		const bar = (id: string, phase: 'before' | 'after') =>
			groups.find((g) => g.id === id)!.bars.find((x) => x.phase === phase)!;
		expect(bar(a!, 'after')).toMatchObject({ y: 0, height: 100 });
		expect(bar(a!, 'before')).toMatchObject({ y: 50, height: 50 });
		expect(bar(b!, 'after').height).toBe(25);
		expect(bar(UNDECIDED, 'before').height).toBe(0);
		expect(bar(a!, 'before').x).toBeLessThan(bar(a!, 'after').x);
		expect(groups.map((g) => g.x)).toEqual([...groups.map((g) => g.x)].sort((p, q) => p - q));
	});
});

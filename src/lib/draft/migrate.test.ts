import { expect, test } from 'vitest';
import { blankDraft } from './draft';
import { openDraft, type Migration } from './migrate';

test('a draft of the current format opens as it is', () => {
	const draft = blankDraft();
	expect(openDraft(structuredClone(draft))).toEqual({ draft });
});

test('an older draft is brought up to the current format one step at a time, in order', () => {
	const { formatVersion: _v, ...current } = blankDraft();
	// Format 1 kept the title at the top; format 2 nested it; format 3 is today's shape.
	const old = { ...current, formatVersion: 1, title: 'Old', comparison: { ...current.comparison } };
	const steps: Record<number, Migration> = {
		1: ({ title, ...d }) => ({ ...d, comparison: { ...(d.comparison as object), title } }),
		2: (d) => ({ ...d, revision: (d.revision as number) + 100 })
	};
	const opened = openDraft(old, steps, 3);
	expect(opened).toMatchObject({ draft: { formatVersion: 3, revision: 100 } });
	expect('draft' in opened && opened.draft.comparison.title).toBe('Old');
	expect(opened).not.toHaveProperty('draft.title');
});

test.each([
	{ record: null, problem: /not a saved comparison/ },
	{ record: { id: 'x' }, problem: /not a saved comparison/ },
	{ record: { ...blankDraft(), formatVersion: 9 }, problem: /newer version of Standpoint/ },
	{ record: { ...blankDraft(), formatVersion: 0 }, problem: /format 0 to 1/ },
	{ record: { ...blankDraft(), source: { meta: {} } }, problem: /its source/ },
	{ record: { ...blankDraft(), comparison: { claims: [] } }, problem: /no list of sides/ },
	{
		record: { ...blankDraft(), comparison: { ...blankDraft().comparison, claims: [{ id: 'c' }] } },
		problem: /no list of anchors/
	}
])('a record that cannot be opened says why: $problem', ({ record, problem }) => {
	const opened = openDraft(record);
	expect('problem' in opened && opened.problem).toMatch(problem);
});

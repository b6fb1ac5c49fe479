import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { blankDraft, type Draft } from './draft';
import * as store from './store';

const { deleteDraft, listDrafts, loadDraft, restoreDraft, saveDraft, storageFailure } = store;

/** A blank draft titled `title`, saved once. */
async function saved(title: string, at = new Date()): Promise<Draft> {
	const draft = blankDraft();
	draft.comparison.title = title;
	const result = await saveDraft(draft, at);
	if (result.status !== 'saved') throw new Error(`not saved: ${JSON.stringify(result)}`);
	return result.draft;
}

afterEach(() => vi.restoreAllMocks());

describe('saving', () => {
	test('a new draft is stored as revision 1 and opens again as it was saved', async () => {
		const draft = await saved('First');
		expect(draft.revision).toBe(1);
		expect(await loadDraft(draft.id)).toEqual({ status: 'found', draft });
	});

	test('each save is the next revision, stamped with when it was made', async () => {
		const first = await saved('First');
		const at = new Date('2030-01-01T00:00:00Z');
		const result = await saveDraft(
			{ ...first, comparison: { ...first.comparison, title: 'Second' } },
			at
		);
		expect(result).toMatchObject({
			status: 'saved',
			draft: { revision: 2, updatedAt: at.toISOString(), createdAt: first.createdAt }
		});
	});

	test('a save based on a revision that is no longer the stored one is refused', async () => {
		const base = await saved('Base');
		const mine = { ...base, comparison: { ...base.comparison, title: 'Mine' } };
		const theirs = { ...base, comparison: { ...base.comparison, title: 'Theirs' } };
		expect(await saveDraft(theirs)).toMatchObject({ status: 'saved' });
		const refused = await saveDraft(mine);
		expect(refused).toMatchObject({ status: 'stale', stored: { revision: 2 } });
		const stored = await loadDraft(base.id);
		expect(stored.status === 'found' && stored.draft.comparison.title).toBe('Theirs');
	});

	test('a new draft whose id is already taken is refused, not written over', async () => {
		const existing = await saved('Existing');
		const clash = { ...blankDraft(), id: existing.id };
		expect(await saveDraft(clash)).toMatchObject({ status: 'stale', stored: { id: existing.id } });
	});

	test('a save of a draft deleted meanwhile is refused, and says nothing is stored', async () => {
		const draft = await saved('Gone');
		await deleteDraft(draft.id);
		expect(await saveDraft(draft)).toEqual({ status: 'stale', stored: undefined });
	});

	test('a write the browser refuses is a reason in words, and the stored draft stays', async () => {
		const draft = await saved('Kept');
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('quota', 'QuotaExceededError');
		});
		const result = await saveDraft({
			...draft,
			comparison: { ...draft.comparison, title: 'Lost?' }
		});
		expect(result).toEqual({
			status: 'failed',
			reason: 'the browser’s storage for this site is full'
		});
		vi.restoreAllMocks();
		expect(await loadDraft(draft.id)).toEqual({ status: 'found', draft });
	});
});

describe('listing', () => {
	test('lists drafts with the most recently changed first', async () => {
		const older = await saved('Older', new Date('2031-01-01T00:00:00Z'));
		const newer = await saved('Newer', new Date('2031-06-01T00:00:00Z'));
		const list = await listDrafts();
		expect(list.status).toBe('listed');
		const ids = list.status === 'listed' ? list.drafts.map((d) => d.id) : [];
		expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
		expect(ids.indexOf(newer.id)).toBe(0);
	});

	test('a record that cannot be opened is counted, not listed, and says why when opened', async () => {
		const id = 'from-the-future';
		await new Promise<void>((resolve, reject) => {
			const open = indexedDB.open('standpoint');
			open.onsuccess = () => {
				const tx = open.result.transaction('drafts', 'readwrite');
				tx.objectStore('drafts').put({ ...blankDraft(), id, formatVersion: 99 });
				tx.oncomplete = () => (open.result.close(), resolve());
				tx.onerror = () => reject(tx.error);
			};
		});
		const list = await listDrafts();
		expect(list.status === 'listed' && list.unreadable).toBe(1);
		expect(list.status === 'listed' && list.drafts.some((d) => d.id === id)).toBe(false);
		const loaded = await loadDraft(id);
		expect(loaded.status === 'failed' && loaded.reason).toMatch(/newer version of Standpoint/);
	});
});

describe('deleting', () => {
	test('gives the draft back, and restoring it puts it back exactly as it was', async () => {
		const draft = await saved('Restore me');
		const deleted = await deleteDraft(draft.id);
		expect(deleted).toEqual({ status: 'deleted', draft });
		expect(await loadDraft(draft.id)).toEqual({ status: 'missing' });
		expect(await restoreDraft(draft)).toEqual({ status: 'restored' });
		expect(await loadDraft(draft.id)).toEqual({ status: 'found', draft });
	});

	test('restoring never writes over a draft made again under the same id', async () => {
		const draft = await saved('Old');
		await deleteDraft(draft.id);
		const again = await saveDraft({
			...draft,
			revision: 0,
			comparison: { ...draft.comparison, title: 'New' }
		});
		expect(again.status).toBe('saved');
		await restoreDraft(draft);
		const loaded = await loadDraft(draft.id);
		expect(loaded.status === 'found' && loaded.draft.comparison.title).toBe('New');
	});
});

test('another tab hears of a save and a delete; a tab does not hear its own', async () => {
	vi.resetModules();
	const otherTab: typeof store = await import('./store');
	const heard: store.DraftChange[] = [];
	const ownHeard: store.DraftChange[] = [];
	const stop = otherTab.onDraftChange((change) => heard.push(change));
	const stopOwn = store.onDraftChange((change) => ownHeard.push(change));
	const draft = await saved('Heard');
	await deleteDraft(draft.id);
	await vi.waitFor(() => expect(heard).toHaveLength(2));
	expect(heard).toEqual([
		{ id: draft.id, revision: 1 },
		{ id: draft.id, deleted: true }
	]);
	expect(ownHeard).toEqual([]);
	stop();
	stopOwn();
});

test.each([
	{ name: 'QuotaExceededError', reason: /storage for this site is full/ },
	{ name: 'UnknownError', reason: /could not write to the disk/ },
	{ name: 'InvalidStateError', reason: /private window/ },
	{ name: 'VersionError', reason: /reload this page/ },
	{ name: 'AbortError', reason: /^the browser refused \(because\)$/ }
])('storageFailure says in words what a $name means', ({ name, reason }) => {
	expect(storageFailure(new DOMException('because', name))).toMatch(reason);
});

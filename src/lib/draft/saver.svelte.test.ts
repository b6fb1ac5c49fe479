// The saver against the browser's own IndexedDB.
import { afterEach, expect, test, vi } from 'vitest';
import { blankDraft, type Draft } from './draft';
import { DraftSaver, saveStatusText } from './saver.svelte';
import { loadDraft, saveDraft } from './store';

afterEach(() => vi.restoreAllMocks());

const titled = (draft: Draft, title: string): Draft => ({
	...draft,
	comparison: { ...draft.comparison, title }
});

async function storedTitle(id: string): Promise<string | undefined> {
	const loaded = await loadDraft(id);
	return loaded.status === 'found' ? loaded.draft.comparison.title : undefined;
}

/** A draft saved once, as a page opens it. */
async function opened(): Promise<Draft> {
	const result = await saveDraft(blankDraft());
	if (result.status !== 'saved') throw new Error('not saved');
	return result.draft;
}

test('an edit is saved within a second, and the status says so', async () => {
	const saver = new DraftSaver(await opened());
	saver.update(titled(saver.draft, 'Typed'));
	expect(saveStatusText(saver.state)).toBe('Saving…');
	await vi.waitFor(() => expect(saver.state).toEqual({ kind: 'saved' }), { timeout: 1000 });
	expect(saveStatusText(saver.state)).toBe('Saved on this device');
	expect(await storedTitle(saver.draft.id)).toBe('Typed');
	expect(saver.revision).toBe(2);
});

test('edits typed in a row are saved together, the latest one last', async () => {
	const saver = new DraftSaver(await opened(), { delay: 50 });
	for (const title of ['T', 'Ty', 'Typ', 'Type']) saver.update(titled(saver.draft, title));
	await vi.waitFor(() => expect(saver.state.kind).toBe('saved'));
	expect(await storedTitle(saver.draft.id)).toBe('Type');
	expect(saver.revision).toBe(2);
});

test('leaving the page saves at once, without waiting for the delay', async () => {
	const saver = new DraftSaver(await opened(), { delay: 60_000 });
	const stop = saver.connect();
	saver.update(titled(saver.draft, 'Before leaving'));
	window.dispatchEvent(new PageTransitionEvent('pagehide'));
	await vi.waitFor(() => expect(saver.state.kind).toBe('saved'), { timeout: 1000 });
	expect(await storedTitle(saver.draft.id)).toBe('Before leaving');
	stop();
});

test('a save based on a version another tab has replaced is refused, and mine is kept', async () => {
	const draft = await opened();
	const first = new DraftSaver(draft, { delay: 10 });
	const second = new DraftSaver(draft, { delay: 10 });
	second.update(titled(second.draft, 'Theirs'));
	await second.flush();
	first.update(titled(first.draft, 'Mine'));
	await first.flush();
	expect(first.state).toEqual({ kind: 'conflict', deleted: false });
	expect(saveStatusText(first.state)).toBe('Changed in another tab');
	expect(first.draft.comparison.title).toBe('Mine');
	expect(await storedTitle(draft.id)).toBe('Theirs');

	// Further edits stay in the page; nothing is written until the teacher decides.
	first.update(titled(first.draft, 'Mine, still'));
	await first.flush();
	expect(await storedTitle(draft.id)).toBe('Theirs');

	await first.keepMine();
	expect(first.state.kind).toBe('saved');
	expect(await storedTitle(draft.id)).toBe('Mine, still');

	// Now the other one is behind; it takes the stored version instead.
	second.update(titled(second.draft, 'Theirs again'));
	await second.flush();
	expect(second.state.kind).toBe('conflict');
	await second.reload();
	expect(second.state.kind).toBe('saved');
	expect(second.draft.comparison.title).toBe('Mine, still');
});

test('a write the browser refuses leaves the work in the page, and is saved once it can be', async () => {
	const saver = new DraftSaver(await opened(), { delay: 10 });
	const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
		throw new DOMException('full', 'QuotaExceededError');
	});
	saver.update(titled(saver.draft, 'Precious'));
	await saver.flush();
	expect(saveStatusText(saver.state)).toBe(
		'Not saved: the browser’s storage for this site is full'
	);
	expect(saver.unsaved).toBe(true);
	expect(saver.draft.comparison.title).toBe('Precious');
	put.mockRestore();
	await saver.retry();
	expect(saver.state.kind).toBe('saved');
	expect(await storedTitle(saver.draft.id)).toBe('Precious');
});

test('asks the browser to keep the storage after the first save, and says if it refused', async () => {
	const persist = vi.spyOn(navigator.storage, 'persist').mockResolvedValue(false);
	vi.spyOn(navigator.storage, 'persisted').mockResolvedValue(false);
	const saver = new DraftSaver(await opened(), { delay: 10 });
	expect(saver.persistence).toBeUndefined();
	saver.update(titled(saver.draft, 'One'));
	await saver.flush();
	await vi.waitFor(() => expect(saver.persistence).toBe('refused'));
	expect(persist).toHaveBeenCalled();
	// Counted from here: a saver left by an earlier test may still finish a save on a slow machine.
	const asked = persist.mock.calls.length;
	saver.update(titled(saver.draft, 'Two'));
	await saver.flush();
	expect(persist).toHaveBeenCalledTimes(asked);
});

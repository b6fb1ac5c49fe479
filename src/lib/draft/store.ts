/**
 * Drafts on the device: IndexedDB (through `idb`), one record per draft, listed by when they
 * changed. A save names the revision it was based on and is refused when the stored draft has
 * moved on (another tab saved it), so a draft never overwrites itself silently. Every failure is
 * returned as a reason in plain words, never thrown: the caller keeps the work and says so.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Draft } from './draft.ts';
import { openDraft } from './migrate.ts';

interface DraftDatabase extends DBSchema {
	drafts: { key: string; value: Draft; indexes: { updatedAt: string } };
}

const NAME = 'standpoint';
const VERSION = 1;
const CHANNEL = 'standpoint:drafts';

/** What another tab (or another part of this one) is told when a draft changes. */
export type DraftChange = { id: string; revision: number } | { id: string; deleted: true };

export type SaveResult =
	| { status: 'saved'; draft: Draft }
	/** The stored draft moved on since the revision the save was based on; `stored` is it now. */
	| { status: 'stale'; stored?: Draft }
	| { status: 'failed'; reason: string };

export type Listed =
	{ status: 'listed'; drafts: Draft[]; unreadable: number } | { status: 'failed'; reason: string };

export type Loaded =
	{ status: 'found'; draft: Draft } | { status: 'missing' } | { status: 'failed'; reason: string };

/** Identifies this page's messages, so it does not take its own saves for another tab's. */
const tab = Math.random().toString(36).slice(2);

let connection: Promise<IDBPDatabase<DraftDatabase>> | undefined;

function database(): Promise<IDBPDatabase<DraftDatabase>> {
	if (typeof indexedDB === 'undefined') {
		return Promise.reject(new DOMException('no IndexedDB', 'NotSupportedError'));
	}
	connection ??= openDB<DraftDatabase>(NAME, VERSION, {
		upgrade(db) {
			const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
			drafts.createIndex('updatedAt', 'updatedAt');
		},
		// A newer version of the site opened in another tab needs this connection gone to upgrade.
		blocking() {
			void connection?.then((db) => db.close());
			connection = undefined;
		},
		terminated() {
			connection = undefined;
		}
	}).catch((error: unknown) => {
		connection = undefined;
		throw error;
	});
	return connection;
}

/** Every draft that can be opened, the most recently changed first, and how many cannot. */
export async function listDrafts(): Promise<Listed> {
	try {
		const records = await (await database()).getAllFromIndex('drafts', 'updatedAt');
		const opened = records.reverse().map((record) => openDraft(record));
		return {
			status: 'listed',
			drafts: opened.flatMap((o) => ('draft' in o ? [o.draft] : [])),
			unreadable: opened.filter((o) => 'problem' in o).length
		};
	} catch (error) {
		return { status: 'failed', reason: storageFailure(error) };
	}
}

/** One draft, migrated to the current format. */
export async function loadDraft(id: string): Promise<Loaded> {
	try {
		const record = await (await database()).get('drafts', id);
		if (record === undefined) return { status: 'missing' };
		const opened = openDraft(record);
		return 'draft' in opened
			? { status: 'found', draft: opened.draft }
			: { status: 'failed', reason: `it cannot be opened: ${opened.problem}` };
	} catch (error) {
		return { status: 'failed', reason: storageFailure(error) };
	}
}

/**
 * Saves `draft` as the next revision after `draft.revision` (0: never saved, so none may exist
 * yet). The check and the write are one transaction, so two tabs cannot both win. `draft` must
 * be plain data (no Svelte state proxies): IndexedDB stores a structured clone of it.
 */
export async function saveDraft(draft: Draft, now = new Date()): Promise<SaveResult> {
	try {
		const tx = (await database()).transaction('drafts', 'readwrite');
		const stored = await tx.store.get(draft.id);
		const current = stored === undefined ? 0 : stored.revision;
		if (current !== draft.revision) {
			await tx.done;
			const opened = stored === undefined ? undefined : openDraft(stored);
			return { status: 'stale', stored: opened && 'draft' in opened ? opened.draft : undefined };
		}
		const saved: Draft = { ...draft, revision: draft.revision + 1, updatedAt: now.toISOString() };
		await Promise.all([tx.store.put(saved), tx.done]);
		announce({ id: saved.id, revision: saved.revision });
		return { status: 'saved', draft: saved };
	} catch (error) {
		return { status: 'failed', reason: storageFailure(error) };
	}
}

/** Deletes a draft; gives back the record as it was, for an undo (`restoreDraft`). */
export async function deleteDraft(
	id: string
): Promise<{ status: 'deleted'; draft?: Draft } | { status: 'failed'; reason: string }> {
	try {
		const tx = (await database()).transaction('drafts', 'readwrite');
		const stored = await tx.store.get(id);
		await Promise.all([tx.store.delete(id), tx.done]);
		announce({ id, deleted: true });
		return { status: 'deleted', draft: stored };
	} catch (error) {
		return { status: 'failed', reason: storageFailure(error) };
	}
}

/** Puts a deleted draft back exactly as it was, unless a draft with its id exists again. */
export async function restoreDraft(
	draft: Draft
): Promise<{ status: 'restored' } | { status: 'failed'; reason: string }> {
	try {
		const tx = (await database()).transaction('drafts', 'readwrite');
		if ((await tx.store.get(draft.id)) === undefined) await tx.store.put(draft);
		await tx.done;
		announce({ id: draft.id, revision: draft.revision });
		return { status: 'restored' };
	} catch (error) {
		return { status: 'failed', reason: storageFailure(error) };
	}
}

let sender: BroadcastChannel | undefined;

function announce(change: DraftChange): void {
	if (typeof BroadcastChannel === 'undefined') return;
	sender ??= new BroadcastChannel(CHANNEL);
	sender.postMessage({ ...change, tab });
}

/**
 * Calls `listener` when another tab saves, deletes or restores a draft (IndexedDB itself tells
 * no one). Returns the function that stops listening. Without `BroadcastChannel` it never
 * calls: a stale save is still refused, only later.
 */
export function onDraftChange(listener: (change: DraftChange) => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = ({ data }: MessageEvent<DraftChange & { tab: string }>) => {
		if (data.tab === tab) return;
		const { tab: _tab, ...change } = data;
		listener(change);
	};
	return () => channel.close();
}

export type Persistence = 'granted' | 'refused' | 'unsupported';

/**
 * Asks the browser to keep this site's storage (`navigator.storage.persist()`): without it, a
 * browser may clear it when space runs low, and Safari after seven days without a visit.
 */
export async function askPersistence(): Promise<Persistence> {
	try {
		const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
		if (!storage?.persist) return 'unsupported';
		if (await storage.persisted?.()) return 'granted';
		return (await storage.persist()) ? 'granted' : 'refused';
	} catch {
		return 'unsupported';
	}
}

/** Why the browser refused to store or read, in words a teacher can act on. */
export function storageFailure(error: unknown): string {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	switch (name) {
		case 'QuotaExceededError':
			return 'the browser’s storage for this site is full';
		case 'NotSupportedError':
		case 'SecurityError':
		case 'InvalidStateError':
			return 'this browser does not let the site store anything here (a private window may block it)';
		case 'UnknownError':
			return 'the browser could not write to the disk (it may be full)';
		case 'VersionError':
			return 'a newer version of Standpoint is open in another tab; reload this page';
		case 'DataCloneError':
			return 'part of the draft could not be stored';
		default:
			return `the browser refused (${error instanceof Error ? error.message : String(error)})`;
	}
}

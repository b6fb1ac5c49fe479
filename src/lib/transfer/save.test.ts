import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../catalog/catalog';
import { readDataFiles } from '../catalog/files';
import { listDrafts, loadDraft, saveDraft } from '../draft/store';
import { readFile, toFile } from './file';
import { saveOpened } from './save';
import type { StandpointFile } from './schema';

const { catalog } = loadCatalog(readDataFiles('data'));
const entries = catalog.comparisons.map(({ comparison }) => [comparison.id, comparison] as const);

async function fileOf(id: string): Promise<StandpointFile> {
	const { comparison } = catalog.comparisons.find((c) => c.comparison.id === id)!;
	const read = await readFile(
		await toFile(comparison, catalog.sources.get(comparison.source)!),
		'f'
	);
	if (!read.ok) throw new Error('the seed file does not read');
	return read.file;
}

describe.each(entries)('%s', (id) => {
	test('saves a draft holding the same title, source and comparison, under its own id', async () => {
		const file = await fileOf(id);
		const saved = await saveOpened(file);
		expect(saved.status).toBe('saved');
		const loaded = await loadDraft(id);
		expect(loaded.status).toBe('found');
		if (loaded.status !== 'found') return;
		expect(loaded.draft.comparison).toEqual(file.comparison);
		const { text, sha256: _, ...meta } = file.source;
		expect(loaded.draft.source).toEqual({ meta, text });
	});

	test('saving it again adds nothing and says it is there; keeping both makes one copy', async () => {
		const file = await fileOf(id);
		const before = await listDrafts();
		const again = await saveOpened(file);
		expect(again).toMatchObject({ status: 'already', draft: { id } });
		expect(await listDrafts()).toEqual(before);

		const both = await saveOpened(file, { keepBoth: true });
		expect(both.status).toBe('saved');
		if (both.status !== 'saved') return;
		expect(both.draft.id).not.toBe(id);
		expect(both.draft.comparison.title).toBe(`Copy of ${file.comparison.title}`);
		const after = await listDrafts();
		expect(after.status === 'listed' && after.drafts.length).toBe(
			before.status === 'listed' ? before.drafts.length + 1 : -1
		);
	});

	test('a draft under the same id that was changed since is left alone and named', async () => {
		const file = await fileOf(id);
		const stored = await loadDraft(id);
		if (stored.status !== 'found') throw new Error('not saved by the first test');
		const changed = structuredClone(stored.draft);
		changed.comparison.title = 'Edited in the editor';
		expect((await saveDraft(changed)).status).toBe('saved');
		const outcome = await saveOpened(file);
		expect(outcome).toMatchObject({ status: 'taken', draft: { id } });
		const now = await loadDraft(id);
		expect(now.status === 'found' && now.draft.comparison.title).toBe('Edited in the editor');
	});
});

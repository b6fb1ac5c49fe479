/**
 * A draft: a comparison being made in the browser, kept with its source's metadata and the
 * source's text, verbatim. Its shape stays close to the file a draft is later saved as (source
 * metadata, the text, the comparison), so writing one out adds only the text's hash.
 */
import { normalizeText } from '../anchoring/index.ts';
import type { Comparison, Source, SourceMeta } from '../model/schema.ts';

/** The draft format this code writes; older drafts are migrated when opened (`openDraft`). */
export const DRAFT_FORMAT = 1;

/** A source's metadata as the source schema has it; the text lives beside it, not in a file. */
export type DraftSourceMeta = Omit<SourceMeta, '$schema' | 'textFile'>;

/** The source of a draft: its metadata and its text in the canonical form anchors are made over. */
export type DraftSource = { meta: DraftSourceMeta; text: string };

export type Draft = {
	/** The storage key; also the id of the draft's comparison. */
	id: string;
	formatVersion: number;
	/** How many times it has been saved: a save names the revision it was based on. */
	revision: number;
	/** ISO timestamps. */
	createdAt: string;
	updatedAt: string;
	source: DraftSource;
	/** A comparison as the comparison schema has it; its `source` is the source's id. */
	comparison: Comparison;
};

/** What a comparison page offers to start a draft from: the comparison and its source. */
export type Template = { comparison: Comparison; source: DraftSource };

/** A fresh id: lower-case letters and digits, so it is a valid comparison id and URL-safe. */
export function newDraftId(): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/**
 * A new draft made from a comparison and its source (a template): the same text, metadata and
 * comparison, with a fresh id and the title "Copy of …". Shares nothing with its arguments.
 */
export function draftFrom(comparison: Comparison, source: DraftSource, now = new Date()): Draft {
	const id = newDraftId();
	const { $schema: _schema, ...copy } = structuredClone(comparison);
	const meta = structuredClone(source.meta);
	const title = copy.title.trim();
	return {
		...stamp(id, now),
		source: { meta, text: normalizeText(source.text) },
		comparison: { ...copy, id, title: title ? `Copy of ${title}` : '', source: meta.id }
	};
}

/** A copy of a draft under a new id, as if made from it as a template. */
export function duplicate(draft: Draft, now = new Date()): Draft {
	return draftFrom(draft.comparison, draft.source, now);
}

/** A draft with nothing in it yet: no text, no sides, no claims. */
export function blankDraft(now = new Date()): Draft {
	const id = newDraftId();
	return {
		...stamp(id, now),
		source: { meta: { id, publication: '', date: '', language: 'en', citation: '' }, text: '' },
		comparison: {
			id,
			title: '',
			question: '',
			source: id,
			layout: 'grid',
			sides: [],
			dimensions: [],
			claims: [],
			prompts: []
		}
	};
}

function stamp(id: string, now: Date) {
	const at = now.toISOString();
	return { id, formatVersion: DRAFT_FORMAT, revision: 0, createdAt: at, updatedAt: at };
}

/** The title to show, "Untitled comparison" until it has one. */
export function draftTitle(draft: Draft): string {
	return draft.comparison.title.trim() || 'Untitled comparison';
}

/**
 * The draft's source as the model builds from it. A draft has no text file; the name given is
 * the one the text would have beside its metadata in `data/sources/`.
 */
export function draftSource(draft: Draft): Source {
	const { meta, text } = draft.source;
	return { ...meta, textFile: `${meta.id}.txt`, text };
}

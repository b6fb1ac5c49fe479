import type { Attachment } from 'svelte/attachments';

/**
 * Elements of one component tree by key, handed over by Svelte through an attachment, so a
 * component finds its own cards and marks without searching the document (two explorers on one
 * page never see each other's).
 */
export class ElementRegistry<K, E extends Element = HTMLElement> {
	#elements = new Map<K, E>();

	/** The element registered under `key`, while it is in the document. */
	get(key: K): E | undefined {
		return this.#elements.get(key);
	}

	/** Every registered element with its key. */
	entries(): IterableIterator<[K, E]> {
		return this.#elements.entries();
	}

	/** Attachment that registers its element under `key` until the element is removed. */
	track(key: K): Attachment<E> {
		return (element) => {
			this.#elements.set(key, element);
			return () => {
				if (this.#elements.get(key) === element) this.#elements.delete(key);
			};
		};
	}
}

import { afterNavigate, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import type { ModeLinks } from '$lib/ui/mode-links';

/** Where each mode of comparison `id` lives. */
export function modeLinks(id: string): ModeLinks {
	return {
		home: resolve('/'),
		explorer: resolve(`/c/${id}/`),
		present: resolve(`/c/${id}/present/`),
		quiz: resolve(`/c/${id}/quiz/`),
		handout: resolve(`/c/${id}/handout/`),
		file: resolve(`/c/${id}/${id}.standpoint.json`)
	};
}

/**
 * Returns a function that replaces the page's query without a navigation. SvelteKit refuses
 * `replaceState` before its router has started (it throws while the page hydrates), so a query
 * written earlier, such as a view restored from a non-canonical link, waits until then.
 * Call during component initialisation.
 */
export function queryWriter(): (search: string) => void {
	let started = false;
	let pending: string | undefined;
	const write = (search: string) => {
		if (search === location.search) return;
		// Only the query changes: the path stays this (already resolved) page.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(`${location.pathname}${search}`, {});
	};
	afterNavigate(() => {
		started = true;
		if (pending !== undefined) write(pending);
		pending = undefined;
	});
	return (search) => {
		if (started) write(search);
		else pending = search;
	};
}

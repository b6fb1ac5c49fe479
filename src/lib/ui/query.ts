import { afterNavigate, replaceState } from '$app/navigation';

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
		// Only the query changes: the path stays this (already resolved) page, and the fragment
		// stays too (a shared comparison travels in it).
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(`${location.pathname}${search}${location.hash}`, {});
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

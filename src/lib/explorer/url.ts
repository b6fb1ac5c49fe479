/** The part of the explorer's view that a link can carry (see the URL contract in the brief). */
export type ViewState = {
	/** Selected claims; one in the common case, several after clicking a shared passage. */
	claims: string[];
	links: 'all' | 'selected';
	author: boolean;
	timeline: boolean;
};

export const defaultView: ViewState = { claims: [], links: 'all', author: true, timeline: true };

/** Reads the view from query parameters, ignoring unknown claims and malformed values. */
export function readView(params: URLSearchParams, knownClaims: ReadonlySet<string>): ViewState {
	const claims = (params.get('claim') ?? '')
		.split(',')
		.filter((id, i, list) => knownClaims.has(id) && list.indexOf(id) === i);
	const flag = (name: string, fallback: boolean) => {
		const value = params.get(name);
		return value === '0' ? false : value === '1' ? true : fallback;
	};
	return {
		claims,
		links: params.get('links') === 'selected' ? 'selected' : 'all',
		author: flag('author', defaultView.author),
		timeline: flag('timeline', defaultView.timeline)
	};
}

/**
 * The URL for a view: `base`'s page with the view's parameters and nothing else, defaults left
 * out. Other parameters and the fragment are dropped, so the canonical link, a shared link and an
 * exported image's footer carry only the view, however long the link it was opened from. `keep`
 * names the page's own parameters that say what it shows (a draft's `id`).
 */
export function writeView(base: URL, view: ViewState, keep: readonly string[] = []): URL {
	const url = new URL(base.pathname, base);
	for (const name of keep) {
		const value = base.searchParams.get(name);
		if (value !== null) url.searchParams.set(name, value);
	}
	const set = (name: string, value: string | undefined) => {
		if (value === undefined) url.searchParams.delete(name);
		else url.searchParams.set(name, value);
	};
	set('claim', view.claims.length > 0 ? view.claims.join(',') : undefined);
	set('links', view.links === defaultView.links ? undefined : view.links);
	set('author', view.author === defaultView.author ? undefined : view.author ? '1' : '0');
	set('timeline', view.timeline === defaultView.timeline ? undefined : view.timeline ? '1' : '0');
	return url;
}

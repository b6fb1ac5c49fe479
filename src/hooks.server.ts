import type { Handle } from '@sveltejs/kit';
import { allowOwnScripts } from '$lib/server/csp';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => allowOwnScripts(html) });

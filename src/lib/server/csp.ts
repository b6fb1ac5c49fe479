import { createHash } from 'node:crypto';

/** The inline scripts a page's own components write, marked so: no other inline script runs. */
const OWN_SCRIPT = /<script data-before-paint>([\s\S]*?)<\/script>/g;
const POLICY = /(<meta http-equiv="content-security-policy" content="[^"]*script-src )/;

/**
 * Adds the hash of each of the page's own inline scripts to the content security policy that
 * SvelteKit wrote into its `<meta>`: SvelteKit hashes only its own start-up script, and a hash
 * lets exactly these scripts run, before the first paint, where a separate file would come late.
 */
export function allowOwnScripts(html: string): string {
	const hashes = [...html.matchAll(OWN_SCRIPT)].map(
		([, body]) => `'sha256-${createHash('sha256').update(body!).digest('base64')}' `
	);
	if (hashes.length === 0) return html;
	if (!POLICY.test(html))
		throw new Error('A page writes its own script but has no policy to allow it');
	return html.replace(POLICY, `$1${[...new Set(hashes)].join('')}`);
}

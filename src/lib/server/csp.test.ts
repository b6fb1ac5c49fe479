import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prefitScript } from '$lib/dom/fit';
import { allowOwnScripts } from './csp';

const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-kit='; style-src 'self'">`;
const sha = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

describe('allowOwnScripts', () => {
	it("adds the hash of the page's own script, exactly as written, to script-src", () => {
		const script = prefitScript('section.step', 0.55, '(min-width: 48rem)');
		const body = script.slice(script.indexOf('>') + 1, script.lastIndexOf('</'));
		const html = allowOwnScripts(`<head>${meta}</head><body><p>x</p>${script}</body>`);
		const policy = html.match(/content="([^"]*)"/)![1]!;
		const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '))!;
		expect(scriptSrc.split(' ')).toContain(sha(body));
		expect(scriptSrc.split(' ')).toContain("'sha256-kit='");
		expect(policy).toContain("style-src 'self'");
	});

	it('lets no other inline script run, and leaves a page without its own script as it was', () => {
		const page = `<head>${meta}</head><body><script>alert(1)</script></body>`;
		expect(allowOwnScripts(page)).toBe(page);
	});

	it('refuses a page that writes its own script but has no policy to allow it', () => {
		expect(() => allowOwnScripts(prefitScript('section', 0.5, 'all'))).toThrow(/no policy/);
	});
});

import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// A static host serves no headers of its own, so the policy rides in each page's <meta>;
		// SvelteKit hashes its inline start-up script. Styles: the components' CSS is in files
		// ('self'), but Svelte writes per-element values (a voice's colours, a marker's position,
		// a grid's column count) as style="" attributes, in the prerendered HTML and at run time.
		// Attributes cannot be hashed, so only they get 'unsafe-inline' (style-src-attr); <style>
		// elements and stylesheets stay 'self'. Blob and data URLs are the exported images.
		// frame-ancestors and the other header-only directives are in the README, for hosts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'blob:', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;

import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, findChromium } from './scripts/browser.mjs';
import { standpointData } from './src/lib/catalog/vite-plugin.ts';
import { printPdf } from './scripts/browser-commands.ts';

const browser = findChromium();

export default defineConfig({
	plugins: [standpointData({ dir: process.env.STANDPOINT_DATA_DIR ?? 'data' }), sveltekit()],
	// Rolldown's report of slow plugin hooks fires on every build here and says nothing actionable.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'component',
					include: ['src/**/*.svelte.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({
							launchOptions: { executablePath: browser?.executablePath, args: chromiumArgs }
						}),
						instances: [{ browser: 'chromium' }],
						commands: { printPdf }
					}
				}
			}
		]
	}
});

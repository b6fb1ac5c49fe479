import type { Page } from '@playwright/test';

/**
 * Waits until the page's script has started (the root layout marks `<html data-hydrated>` after
 * every component has mounted): keys, toggles and drawn links work only from then on. The toggles
 * themselves are in the prerendered page, so their presence says nothing about it.
 */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

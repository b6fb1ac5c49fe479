import { expect, test, type Page } from '@playwright/test';
import { models, sideClaims } from './explorer-data';

// Every page runs under the Content-Security-Policy its <meta> carries: nothing it needs is
// refused (a script, a stylesheet, a font, an image, a style attribute), in every mode and in
// export. A refusal shows as a `securitypolicyviolation` event or a console error.
test.use({ viewport: { width: 1280, height: 800 } });

/** Violations and errors of `page`, collected from before its first byte is parsed. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} refused ${event.blockedURI || '(inline)'}`)
		);
	});
	return async () => [
		...errors,
		...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))
	];
}

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

const policy = (page: Page) =>
	page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

test('the index page carries the policy and runs under it', async ({ page }) => {
	const problems = await watch(page);
	await open(page, '/');
	const csp = await policy(page);
	for (const directive of [
		/script-src 'self' 'sha256-[^']+'/,
		/object-src 'none'/,
		/base-uri 'none'/,
		/img-src 'self' blob: data:/,
		/style-src 'self'(;|$)/
	]) {
		expect(csp).toMatch(directive);
	}
	expect(await problems()).toEqual([]);
});

test('the policy is enforced: a script or style added to the page is refused', async ({ page }) => {
	const problems = await watch(page);
	await open(page, '/');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'document.body.dataset.injected = "yes"';
		const style = document.createElement('style');
		style.textContent = 'body { outline: 1px solid red }';
		document.head.append(script, style);
	});
	await expect
		.poll(problems)
		.toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem refused inline/)]));
	expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
	expect(await problems()).toContainEqual(expect.stringMatching(/^style-src-elem refused inline/));
});

for (const model of models) {
	test.describe(`${model.id}`, () => {
		test('explorer: select a claim, toggle the author layer', async ({ page }) => {
			const problems = await watch(page);
			await open(page, `/c/${model.id}/`);
			expect(await policy(page)).toContain("script-src 'self'");
			const card = page.locator(`li[data-claim="${sideClaims(model)[0]!.id}"]`);
			await card.getByRole('button').click();
			await expect(card).toHaveAttribute('aria-current', 'true');
			const author = page.getByRole('button', { name: 'Author’s framing', exact: true });
			if ((await author.count()) > 0) {
				await author.click();
				await expect(author).toHaveAttribute('aria-pressed', 'false');
			}
			expect(await problems()).toEqual([]);
		});

		test('present: step through', async ({ page }) => {
			const problems = await watch(page);
			await open(page, `/c/${model.id}/present/`);
			const shown = page.locator('.deck section[data-step]:visible');
			await expect(shown).toHaveCount(1);
			await page.keyboard.press('ArrowRight');
			await expect(shown).toHaveAttribute('data-step', '2');
			expect(await problems()).toEqual([]);
		});

		test('quiz: answer a question', async ({ page }) => {
			const problems = await watch(page);
			await open(page, `/c/${model.id}/quiz/`);
			const choice = page.locator('button[data-choice]:visible').first();
			await choice.click();
			await expect(choice).toBeDisabled();
			expect(await problems()).toEqual([]);
		});

		test('handout', async ({ page }) => {
			const problems = await watch(page);
			await open(page, `/c/${model.id}/handout/`);
			await expect(page.locator('h1').first()).toBeVisible();
			expect(await problems()).toEqual([]);
		});
	});
}

test.describe('without JavaScript, under the policy', () => {
	test.use({ javaScriptEnabled: false });
	for (const model of models) {
		test(`${model.id}: present and quiz show their no-script layout`, async ({ page }) => {
			// The no-script stylesheets are files, so style-src 'self' lets them apply.
			await page.goto(`/c/${model.id}/present/`);
			const steps = page.locator('.deck section[data-step]');
			expect(await steps.count()).toBeGreaterThan(1);
			for (const step of await steps.all()) await expect(step).toBeVisible();
			await page.goto(`/c/${model.id}/quiz/`);
			const before = page.locator('.quiz .before-script');
			if ((await before.count()) > 0) await expect(before.first()).toBeVisible();
		});
	}
});

test('export under the policy: PNG, SVG and copy', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const problems = await watch(page);
	const model = models[0]!;
	await open(page, `/c/${model.id}/`);
	await page.getByRole('button', { name: 'Export image' }).click();
	await page.getByRole('radio', { name: /^Slide/ }).check();
	await expect(page.getByText(/^(Fits on one image|Split over)/)).toBeVisible();
	for (const button of ['Download SVG', 'Download PNG']) {
		const saved = page.waitForEvent('download');
		await page.getByRole('button', { name: button }).click();
		expect((await saved).suggestedFilename()).toMatch(/\.(png|svg|zip)$/);
		await expect(page.getByText(/^Downloaded /)).toBeVisible({ timeout: 60_000 });
	}
	await page.getByRole('button', { name: 'Copy PNG' }).click();
	await expect(page.getByText(/^Copied /)).toBeVisible({ timeout: 60_000 });
	expect(await problems()).toEqual([]);
});

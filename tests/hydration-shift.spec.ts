import { expect, test, type Browser, type Page } from '@playwright/test';
import { models } from './explorer-data';
import { hydrated } from './hydrated';

// What a reader sees before the script starts must already be the page's final layout: whatever
// hydration adds (toggles, the export button, the present controls) has its place reserved.

type Boxes = Record<
	string,
	{ x: number; y: number; width: number; height: number; resizable: boolean }
>;

const landmarks = 'h1, h2, h3, nav, footer, [data-pane], li[data-claim], button, a';

/**
 * The boxes of the page's visible landmarks and controls in the first screen, keyed by text. Overlays
 * (absolutely placed, like the counts of links running off screen, or in a notice fixed over the
 * page) are left out: the script draws them over the page, where they move nothing. Boxes inside
 * `resizable` may change size (not appear) once the script has measured them.
 */
function boxes(page: Page, resizable: string, selector = landmarks): Promise<Boxes> {
	return page.evaluate(
		async ([resizable, selector]) => {
			await document.fonts.ready;
			await new Promise(requestAnimationFrame);
			const seen = new Map<string, number>();
			const out: Boxes = {};
			const found = document.querySelectorAll(selector);
			const overlaid = (el: Element) => {
				for (let up = el.parentElement; up; up = up.parentElement) {
					if (getComputedStyle(up).position === 'fixed') return true;
				}
				return false;
			};
			for (const el of found) {
				const r = el.getBoundingClientRect();
				if (r.width === 0 || r.height === 0 || r.top >= innerHeight || r.bottom <= 0) continue;
				if (/^(absolute|fixed)$/.test(getComputedStyle(el).position) || overlaid(el)) continue;
				const name = `${el.localName} ${(el.textContent ?? '').trim().slice(0, 60)}`;
				const n = (seen.get(name) ?? 0) + 1;
				seen.set(name, n);
				out[`${name} #${n}`] = {
					x: r.x,
					y: r.y,
					width: r.width,
					height: r.height,
					resizable: resizable !== '' && el.closest(resizable) !== null
				};
			}
			return out;
		},
		[resizable, selector] as const
	);
}

/**
 * The first screen of `path` before the script starts (scripting on, but the app's modules never
 * arrive: the prerendered page in the moment before hydration) and once it has.
 */
async function beforeAndAfter(
	browser: Browser,
	viewport: { width: number; height: number },
	path: string,
	resizable = '',
	selector = landmarks
): Promise<{ prerendered: Boxes; hydratedBoxes: Boxes }> {
	const before = await browser.newContext({ viewport });
	const waiting = await before.newPage();
	await waiting.route('**/_app/immutable/**/*.js', (route) => route.abort());
	await waiting.goto(path);
	const prerendered = await boxes(waiting, resizable, selector);
	await before.close();

	const after = await browser.newContext({ viewport });
	const page = await after.newPage();
	await page.goto(path);
	await hydrated(page);
	const hydratedBoxes = await boxes(page, resizable, selector);
	await after.close();
	return { prerendered, hydratedBoxes };
}

/** The keys of the boxes that moved or changed size between the two screens (resizable ones aside). */
function movedBetween(prerendered: Boxes, hydratedBoxes: Boxes): string[] {
	return Object.keys(prerendered).filter((key) => {
		const a = prerendered[key]!;
		const b = hydratedBoxes[key];
		if (!b || a.resizable) return false;
		return (
			Math.abs(a.x - b.x) > 1 ||
			Math.abs(a.y - b.y) > 1 ||
			Math.abs(a.width - b.width) > 1 ||
			Math.abs(a.height - b.height) > 1
		);
	});
}

/** The keys of the boxes only the hydrated screen has: what the script added instead of filling in. */
function addedBetween(prerendered: Boxes, hydratedBoxes: Boxes): string[] {
	return Object.keys(hydratedBoxes).filter(
		(key) => !(key in prerendered) && !hydratedBoxes[key]!.resizable
	);
}

const modes = [
	{ name: 'explorer', path: '', resizable: '' },
	{ name: 'present', path: 'present/', resizable: '' },
	{ name: 'handout', path: 'handout/', resizable: '' }
];

for (const viewport of [
	{ name: 'wide', width: 1440, height: 900 },
	{ name: 'phone', width: 390, height: 844 }
]) {
	test.describe(`${viewport.name} screen`, () => {
		test.use({ viewport });
		for (const model of models) {
			for (const mode of modes) {
				test(`${model.id} ${mode.name}: the script starting moves nothing on the first screen`, async ({
					browser
				}) => {
					const { prerendered, hydratedBoxes } = await beforeAndAfter(
						browser,
						viewport,
						`/c/${model.id}/${mode.path}`,
						mode.resizable
					);
					const shared = Object.keys(prerendered).filter((key) => key in hydratedBoxes);
					expect(shared.length, 'the first screen has landmarks to compare').toBeGreaterThan(4);
					expect(
						movedBetween(prerendered, hydratedBoxes),
						'elements hydration moved or resized'
					).toEqual([]);
					// What the script adds must be there before it runs, not appear after.
					const added = addedBetween(prerendered, hydratedBoxes);
					if (mode.resizable) {
						expect(
							Object.values(prerendered).some((box) => box.resizable),
							'the step shows before the script runs'
						).toBe(true);
					}
					expect(added, 'elements that appeared only after hydration').toEqual([]);
				});
			}
		}
	});
}

// The editor's page is prerendered with the editor of a blank draft in it, inert until the script
// opens the draft: a new draft fills that frame without moving it. Its form fields count too.
for (const viewport of [
	{ name: 'wide', width: 1440, height: 900 },
	{ name: 'phone', width: 390, height: 844 }
]) {
	test.describe(`${viewport.name} screen`, () => {
		test.use({ viewport });
		test('a new draft in the editor: the script starting moves nothing on the first screen', async ({
			browser
		}) => {
			const { prerendered, hydratedBoxes } = await beforeAndAfter(
				browser,
				viewport,
				'/edit/',
				'',
				`${landmarks}, section, fieldset, label, textarea, input`
			);
			const shared = Object.keys(prerendered).filter((key) => key in hydratedBoxes);
			expect(shared.length, 'the first screen has the editor to compare').toBeGreaterThan(8);
			expect(
				shared.some((key) => key.startsWith('textarea')),
				'the text pane is there before the script runs'
			).toBe(true);
			expect(
				movedBetween(prerendered, hydratedBoxes),
				'elements hydration moved or resized'
			).toEqual([]);
			expect(
				addedBetween(prerendered, hydratedBoxes),
				'elements that appeared only after hydration'
			).toEqual([]);
		});
	});
}

test('without JavaScript the editor says plainly that it needs it', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/edit/');
	// Playwright's text matching skips <noscript>; the reader's rendered text does not.
	const shown = await page.locator('main').evaluate((main) => (main as HTMLElement).innerText);
	expect(shown).toContain('Making a comparison needs JavaScript');
	// The inert frame waiting for the script is not offered as if it worked.
	await expect(page.getByRole('textbox')).toHaveCount(0);
	await context.close();
});

test.describe('wide explorer', () => {
	test.use({ viewport: { width: 1350, height: 940 } });
	for (const model of models) {
		test(`${model.id}: what the script draws keeps the page one screen tall`, async ({ page }) => {
			await page.goto(`/c/${model.id}/`);
			await hydrated(page);
			// The counts of links running off screen sit at the panes' edges: drawn one pixel too
			// low, they make the page scroll, and the scrollbar that appears reflows every column.
			await expect(page.locator('.marker').first()).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(
				true
			);
		});
	}
});

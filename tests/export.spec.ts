import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { sideStyle } from '../src/lib/model/voice';
import type { Comparison } from '../src/lib/model/schema';
import { comparisonById, models } from './explorer-data';
import { hydrated } from './hydrated';

// The image tests take the first comparison; the SVG tests, which are quick, run over every one.
const id = models[0]!.id;
const comparison: Comparison = comparisonById(id);
const today = () => new Date().toLocaleDateString('en-CA');

/** Opens the export menu on the explorer and picks a preset. */
async function openMenu(page: Page, preset: RegExp, query = '', of = id) {
	await page.goto(`/c/${of}/${query}`);
	await hydrated(page);
	await page.getByRole('button', { name: 'Export image' }).click();
	await page.getByRole('radio', { name: preset }).check();
}

/**
 * Clicks an export button and returns the images it saved, in order: one file as it is, several
 * from the one .zip that must carry them (a browser keeps only the first few of many downloads).
 */
async function exportFiles(page: Page, button: 'Download PNG' | 'Download SVG') {
	const downloads: Download[] = [];
	page.on('download', (d) => downloads.push(d));
	await page.getByRole('button', { name: button }).click();
	const status = page.getByText(/^Downloaded /);
	await expect(status).toBeVisible({ timeout: 20_000 });
	await expect.poll(() => downloads.length).toBe(1);
	const [download] = downloads;
	const bytes = readFileSync((await download!.path())!);
	if (!download!.suggestedFilename().endsWith('.zip')) {
		await expect(status).toHaveText(`Downloaded ${download!.suggestedFilename()}.`);
		return [{ name: download!.suggestedFilename(), bytes }];
	}
	const entries = Object.entries(unzipSync(bytes));
	await expect(status).toHaveText(
		`Downloaded ${download!.suggestedFilename()}: ${entries.length} images (${entries[0]![0]} to ${entries.at(-1)![0]}) in one .zip file.`
	);
	expect(entries.length).toBeGreaterThan(1);
	return entries.map(([name, data]) => ({ name, bytes: Buffer.from(data) }));
}

/** Pixel statistics of a PNG: size, share of non-white pixels, and how often each side's ink occurs. */
function inspect(bytes: Buffer) {
	const png = PNG.sync.read(bytes);
	const counts = new Map<string, number>();
	let inked = 0;
	for (let i = 0; i < png.data.length; i += 4) {
		const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
		if (r < 245 || g < 245 || b < 245) inked++;
		const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
		counts.set(hex, (counts.get(hex) ?? 0) + 1);
	}
	return {
		width: png.width,
		height: png.height,
		inked: inked / (png.width * png.height),
		colours: counts.size,
		count: (hex: string) => counts.get(hex) ?? 0
	};
}

const sideInks = comparison.sides.map((_, i) => sideStyle(i).ink);

test.describe('export as PNG', () => {
	for (const { preset, name, width, height } of [
		{ preset: /^Slide/, name: 'slide', width: 1920, height: 1080 },
		{ preset: /^Handout/, name: 'handout', width: 1240, height: 1754 }
	]) {
		test(`${name}: every image at 2×, not blank, in every side's colour`, async ({ page }) => {
			await openMenu(page, preset);
			const files = await exportFiles(page, 'Download PNG');
			// The same choice as SVG says which images hold rows under the sides' heads, and which
			// only the timeline or the prompts (text, and no side's colour).
			const svgs = (await exportFiles(page, 'Download SVG')).map((f) => f.bytes.toString('utf8'));
			expect(svgs).toHaveLength(files.length);
			files.forEach((file, i) => {
				const suffix = files.length > 1 ? `-${i + 1}-of-${files.length}` : '';
				expect(file.name).toBe(`${id}-${name}-${today()}${suffix}.png`);
				const image = inspect(file.bytes);
				expect([image.width, image.height]).toEqual([width * 2, height * 2]);
				expect(image.colours).toBeGreaterThan(100);
				if (!svgs[i]!.includes('class="side-head"')) {
					expect(svgs[i]).toMatch(/data-row="(timeline|prompts)"/);
					expect(image.inked, file.name).toBeGreaterThan(0.01);
					return;
				}
				expect(image.inked, file.name).toBeGreaterThan(0.03);
				for (const ink of sideInks)
					expect(image.count(ink), `${file.name} ${ink}`).toBeGreaterThan(200);
			});
		});
	}

	test('as on screen: as wide as the viewport at 2×, as tall as the comparison', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await openMenu(page, /^As on screen \(1280 px wide\)/);
		const [file, ...rest] = await exportFiles(page, 'Download PNG');
		expect(rest).toEqual([]);
		expect(file!.name).toBe(`${id}-screen-${today()}.png`);
		const image = inspect(file!.bytes);
		expect(image.width).toBe(2560);
		expect(image.height).toBeGreaterThan(2 * 2000);
		for (const ink of sideInks) expect(image.count(ink)).toBeGreaterThan(200);
	});

	test('only the selected row, named after it', async ({ page }) => {
		const claim = comparison.claims.find((c) => c.voice === 'side' && c.dimension)!;
		const row = comparison.dimensions.find((d) => d.id === claim.dimension)!;
		await openMenu(page, /^Slide/, `?claim=${claim.id}`);
		await page.getByRole('checkbox', { name: `Only the row “${row.label}”` }).check();
		// At 28 px a long row continues on a second slide rather than shrinking.
		await expect(page.getByText(/^(Fits on one image|Split over)/)).toBeVisible();
		const files = await exportFiles(page, 'Download PNG');
		files.forEach((file, i) => {
			const suffix = files.length > 1 ? `-${i + 1}-of-${files.length}` : '';
			expect(file.name).toBe(`${id}-slide-${row.id}-${today()}${suffix}.png`);
			const image = inspect(file.bytes);
			expect([image.width, image.height]).toEqual([3840, 2160]);
		});
	});
});

test.describe('export as SVG', () => {
	for (const { id: of } of models) {
		const comparison = comparisonById(of);
		for (const layout of ['Side by side', 'List'] as const) {
			test(`${of}, ${layout}: parses, and holds every claim’s text, its voice, its quotes and one path per link where drawn`, async ({
				page
			}) => {
				await openMenu(page, /^Handout/, '', of);
				await page.getByRole('radio', { name: new RegExp(`^${layout}`) }).check();
				const files = await exportFiles(page, 'Download SVG');
				const drawn = await page.evaluate(
					(svgs) =>
						svgs.map((svg) => {
							const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
							const root = doc.documentElement;
							const text = (el: Element | null) =>
								[...(el?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent).join(' ');
							return {
								error: doc.querySelector('parsererror')?.textContent ?? null,
								size: [root.getAttribute('width'), root.getAttribute('height')],
								claims: [...doc.querySelectorAll('g.claim')].map((g) => ({
									id: g.getAttribute('data-claim'),
									voice: g.getAttribute('data-voice'),
									text: text(g.querySelector('.claim-text'))
								})),
								links: [...doc.querySelectorAll('path[data-claim]')].map(
									(p) => `${p.getAttribute('data-claim')}#${p.getAttribute('data-range')}`
								),
								quotes: [...doc.querySelectorAll('g.quote')].map(
									(q) => `${q.getAttribute('data-quote')}#${q.getAttribute('data-range')}`
								),
								columns: [...doc.querySelectorAll('g.side-head')].length
							};
						}),
					files.map((f) => f.bytes.toString('utf8'))
				);
				for (const svg of drawn) {
					expect(svg.error).toBeNull();
					expect(svg.size).toEqual(['1240', '1754']);
				}
				const claims = drawn.flatMap((d) => d.claims);
				expect(claims.map((c) => c.id).sort()).toEqual(comparison.claims.map((c) => c.id).sort());
				for (const claim of comparison.claims) {
					expect(claims.find((c) => c.id === claim.id)?.text).toBe(claim.text);
					expect(claims.find((c) => c.id === claim.id)?.voice, claim.id).toBe(claim.voice);
				}
				const links = drawn.flatMap((d) => d.links);
				const expected = comparison.claims.flatMap((c) => c.anchors.map((_, i) => `${c.id}#${i}`));
				expect(drawn.flatMap((d) => d.quotes).sort()).toEqual([...expected].sort());
				// Side by side, each quote sits under its card: links are drawn in the list only.
				if (layout === 'List') expect(links.sort()).toEqual(expected.sort());
				else {
					expect(links).toEqual([]);
					// A page holding only the prompts after the rows has no columns to head.
					for (const svg of drawn.filter((d) => d.claims.length > 0))
						expect(svg.columns).toBe(comparison.sides.length);
				}
				const first = files[0]!.bytes.toString('utf8');
				expect(first).toContain('src:url(data:font/woff2;base64,');
				expect(first).toContain(`<a href="${page.url().replace(/&/g, '&amp;')}">`);
			});
		}

		test(`${of}: a worksheet asks its prompts, and the timeline comes when asked for`, async ({
			page
		}) => {
			await openMenu(page, /^Handout/, '', of);
			const prompts = page.getByRole('checkbox', { name: 'Include the discussion prompts' });
			const timeline = page.getByRole('checkbox', { name: 'Include the timeline' });
			await expect(prompts).toHaveCount(comparison.prompts?.length ? 1 : 0);
			await expect(timeline).toHaveCount(comparison.timeline?.length ? 1 : 0);
			if (comparison.prompts?.length) await expect(prompts).toBeChecked();
			if (comparison.timeline?.length) await timeline.check();
			const text = (await exportFiles(page, 'Download SVG'))
				.map((f) => f.bytes.toString('utf8'))
				.join('')
				.replace(/<style[\s\S]*?<\/style>/g, '')
				.replace(/<[^>]+>/g, ' ')
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&quot;/g, '"')
				.replace(/&#39;|&apos;/g, "'")
				.replace(/&amp;/g, '&')
				.replace(/\s+/g, ' ');
			const said = (s: string) => s.replace(/\s+/g, ' ').trim();
			for (const event of comparison.timeline ?? []) expect(text).toContain(said(event.text));
			for (const prompt of comparison.prompts ?? []) expect(text).toContain(said(prompt.text));
			if (comparison.prompts?.length) expect(text).toContain('For discussion');
			if (comparison.timeline?.length) expect(text).toContain('Timeline');
			// The slide image leaves the questions to the teacher unless asked.
			await page.getByRole('radio', { name: /^Slide/ }).check();
			if (comparison.prompts?.length) await expect(prompts).not.toBeChecked();
		});

		test(`${of}: with the author layer off, the author’s words are left out`, async ({ page }) => {
			await openMenu(page, /^As on screen/, '?author=0', of);
			const [file] = await exportFiles(page, 'Download SVG');
			const svg = file!.bytes.toString('utf8');
			for (const claim of comparison.claims) {
				expect(svg.includes(`data-claim="${claim.id}"`), claim.id).toBe(claim.voice === 'side');
			}
		});
	}
});

test.describe('footer link', () => {
	test('carries only the view’s own parameters, however long the link it was opened from', async ({
		page
	}) => {
		const padding = `utm_source=${'x'.repeat(2_000)}&ref=mail`;
		await openMenu(page, /^Slide/, `?${padding}&author=0#top`);
		const files = await exportFiles(page, 'Download SVG');
		const origin = new URL(page.url()).origin;
		for (const file of files) {
			const hrefs = [...file.bytes.toString('utf8').matchAll(/<a href="([^"]*)"/g)].map(
				(m) => m[1]
			);
			expect(hrefs).toEqual([`${origin}/c/${id}/?author=0`]);
		}
	});
});

test.describe('copy PNG', () => {
	test('puts the image on the clipboard', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openMenu(page, /^Slide/, '?claim=ru-trust-first');
		await page.getByRole('checkbox', { name: /Only the row/ }).check();
		await page.getByRole('button', { name: 'Copy PNG' }).click();
		await expect(
			page.getByText(/^Copied (the image|image 1 of \d+) to the clipboard\.$/)
		).toBeVisible();
		const base64 = await page.evaluate(async () => {
			const [item] = await navigator.clipboard.read();
			const blob = await item!.getType('image/png');
			const bytes = new Uint8Array(await blob.arrayBuffer());
			let binary = '';
			for (const b of bytes) binary += String.fromCharCode(b);
			return btoa(binary);
		});
		const image = inspect(Buffer.from(base64, 'base64'));
		expect([image.width, image.height]).toEqual([3840, 2160]);
		expect(image.count(sideInks[0]!)).toBeGreaterThan(200);
	});

	test('says so when the browser cannot copy images', async ({ page }) => {
		await page.addInitScript(() => {
			// @ts-expect-error: simulate a browser without ClipboardItem
			delete window.ClipboardItem;
		});
		await openMenu(page, /^Slide/);
		await expect(
			page.getByText('This browser cannot copy images; download the PNG instead.')
		).toBeVisible();
		await expect(page.getByRole('button', { name: 'Copy PNG' })).toHaveAttribute(
			'aria-disabled',
			'true'
		);
	});
});

test.describe('feedback', () => {
	test('the open menu is a labelled dialog with no accessibility violations', async ({ page }) => {
		await openMenu(page, /^Handout/, '?claim=ru-trust-first');
		await expect(page.getByRole('dialog', { name: 'Export as an image' })).toBeVisible();
		const { violations } = await new AxeBuilder({ page }).include('[popover]').analyze();
		expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});

	test('shows progress, and a failure says what went wrong and saves nothing', async ({ page }) => {
		let release: () => void = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		// Only the export's own fetch of the font fails; the page's @font-face load goes through.
		await page.route('**/*source-serif-4-latin-400-italic*.woff2', async (route) => {
			if (route.request().resourceType() !== 'fetch') return route.continue();
			await held;
			await route.abort();
		});
		const downloads: Download[] = [];
		page.on('download', (d) => downloads.push(d));
		await openMenu(page, /^Slide/);
		const snapshot = () =>
			page.evaluate(() => ({
				url: location.href,
				body: [...document.body.querySelectorAll('*')].filter((el) => !el.closest('[popover]'))
					.length,
				claims: document.querySelectorAll('[data-claim]').length
			}));
		const before = await snapshot();
		await page.getByRole('button', { name: 'Download PNG' }).click();
		await expect(page.getByText('Exporting…')).toBeVisible();
		release();
		await expect(page.getByRole('alert')).toContainText(
			/^Export failed: could not load the font file .*source-serif-4-latin-400-italic.*\. Nothing was saved\.$/
		);
		await expect(page.getByText('Exporting…')).toBeHidden();
		expect(downloads).toEqual([]);
		expect(await snapshot()).toEqual(before);
	});
});

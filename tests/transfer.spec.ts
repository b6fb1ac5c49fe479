import { expect, test, type Page } from '@playwright/test';
import { readFile as readFs } from 'node:fs/promises';
import { readFile, toFile } from '../src/lib/transfer/file';
import { decodeShare } from '../src/lib/transfer/share';
import { formatProblem } from '../src/lib/model/validate';
import { comparisonById, models, sourceText } from './explorer-data';
import { loadCatalog } from '../src/lib/catalog/catalog';
import { readDataFiles } from '../src/lib/catalog/files';

const dir = process.env.STANDPOINT_DATA_DIR ?? 'data';
const { catalog } = loadCatalog(readDataFiles(dir), dir);
const sourceOf = (id: string) => catalog.sources.get(comparisonById(id).source)!;
const { $schema: _, ...firstComparison } = comparisonById(models[0]!.id);
const claimCount = (id: string) => models.find((m) => m.id === id)!.claims.length;

/** The comparison as a file holds it: no `$schema`, which only points editors at the schema. */
function withoutSchema(id: string) {
	const { $schema: _schema, ...comparison } = comparisonById(id);
	return comparison;
}

async function expectOpened(page: Page, id: string) {
	await expect(page.locator(`[data-opened="${id}"]`)).toBeAttached();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		models.find((m) => m.id === id)!.title
	);
}

for (const model of models) {
	test.describe(model.id, () => {
		test('the explorer downloads the comparison file, which reads back to the same comparison', async ({
			page
		}) => {
			await page.goto(`/c/${model.id}/`);
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('link', { name: 'Download comparison file' }).click()
			]);
			expect(download.suggestedFilename()).toBe(`${model.id}.standpoint.json`);
			const text = await readFs(await download.path());
			const read = await readFile(text.toString('utf8'), download.suggestedFilename());
			expect(read.ok ? [] : read.problems.map(formatProblem)).toEqual([]);
			expect(read.ok && read.file.comparison).toEqual(withoutSchema(model.id));
			expect(read.ok && read.source.text).toBe(sourceText(model.id));
			for (const mode of ['present', 'quiz', 'handout']) {
				await page.goto(`/c/${model.id}/${mode}/`);
				await expect(page.getByRole('link', { name: 'Download comparison file' })).toHaveAttribute(
					'href',
					`/c/${model.id}/${model.id}.standpoint.json`
				);
			}
		});

		test('a share link opens the same comparison in a fresh browser, in every mode', async ({
			page,
			context,
			browser
		}) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto(`/c/${model.id}/`);
			await page.locator('html[data-hydrated]').waitFor();
			await page.getByRole('button', { name: 'Copy share link' }).click();
			await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toContainText(
				/\([\d,]+ characters\)/
			);
			const link = await page.evaluate(() => navigator.clipboard.readText());
			const url = new URL(link);
			expect(url.pathname).toBe('/open/');

			// The fragment holds the whole comparison: decode it here and compare.
			const decoded = await decodeShare(url.hash);
			const read = await readFile(decoded.ok ? decoded.text : '', 'link');
			expect(read.ok && read.file.comparison).toEqual(withoutSchema(model.id));

			const fresh = await browser.newContext();
			const other = await fresh.newPage();
			const requests: string[] = [];
			other.on('request', (request) => requests.push(request.url()));
			await other.goto(link);
			await expectOpened(other, model.id);
			await expect(other.getByText(/all exact/)).toBeVisible();
			await expect(other.locator('[data-pane="claims"] [data-claim]')).toHaveCount(
				claimCount(model.id)
			);
			// The article is never sent: no request carries the fragment.
			expect(requests.every((r) => !r.includes(url.hash.slice(1, 40)))).toBe(true);

			await other.getByRole('link', { name: 'Present' }).click();
			await expect(other).toHaveURL(/\/open\/present\/#1\./);
			await expect(other.locator(`[data-opened="${model.id}"]`)).toBeAttached();
			await expect(other.getByRole('heading', { level: 1 })).toContainText(model.title);
			await other.getByRole('link', { name: 'Who said it?' }).click();
			await expect(other).toHaveURL(/\/open\/quiz\/#1\./);
			await expect(other.getByRole('heading', { name: 'Who said it?' })).toBeVisible();
			await other.getByRole('link', { name: 'Handout' }).click();
			await expect(other).toHaveURL(/\/open\/handout\/#1\./);
			await expect(other.locator(`[data-opened="${model.id}"]`)).toBeAttached();
			await expect(other.getByText(model.question).first()).toBeVisible();
			await fresh.close();
		});
	});
}

test.describe('opening a file on the index', () => {
	let good: string;
	test.beforeAll(async () => {
		good = await toFile(comparisonById(models[0]!.id), sourceOf(models[0]!.id));
	});

	test('a chosen file opens read-only at /open/', async ({ page }) => {
		await page.goto('/');
		await page.locator('html[data-hydrated]').waitFor();
		await page.getByLabel('Choose a comparison file').setInputFiles({
			name: 'mine.standpoint.json',
			mimeType: 'application/json',
			buffer: Buffer.from(good)
		});
		await expect(page).toHaveURL(/\/open\/$/);
		await expectOpened(page, firstComparison.id);
		await expect(page.getByText('Opened from mine.standpoint.json')).toBeVisible();
	});

	test('a file dropped on the page opens too', async ({ page }) => {
		await page.goto('/');
		await page.locator('html[data-hydrated]').waitFor();
		const transfer = await page.evaluateHandle((text) => {
			const data = new DataTransfer();
			data.items.add(new File([text], 'dropped.standpoint.json', { type: 'application/json' }));
			return data;
		}, good);
		await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
		await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
		await expectOpened(page, firstComparison.id);
	});

	const bad: [string, (file: Record<string, unknown>) => unknown, RegExp][] = [
		['not JSON', () => undefined, /bad\.standpoint\.json › \(file\): not valid JSON/],
		[
			'a newer format',
			(f) => ({ ...f, formatVersion: 2 }),
			/bad\.standpoint\.json › formatVersion: is 2: the file was made by a newer Standpoint/
		],
		[
			'an edited text',
			(f) => ({ ...f, source: { ...(f.source as object), text: 'Another text.' } }),
			/bad\.standpoint\.json › source\.sha256: the text does not match its SHA-256/
		]
	];
	for (const [what, change, message] of bad) {
		test(`a file with ${what} says so on the index and opens nothing`, async ({ page }) => {
			await page.goto('/');
			await page.locator('html[data-hydrated]').waitFor();
			const changed = change(JSON.parse(good));
			await page.getByLabel('Choose a comparison file').setInputFiles({
				name: 'bad.standpoint.json',
				mimeType: 'application/json',
				buffer: Buffer.from(changed === undefined ? good.slice(0, 99) : JSON.stringify(changed))
			});
			await expect(page.getByRole('alert')).toContainText(message);
			await expect(page).toHaveURL(/\/$/);
			expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
		});
	}

	test('a link cut short says so at /open/', async ({ page }) => {
		await page.goto('/open/#1.5000.AAAAAAAAAAAA');
		await expect(page.getByRole('alert')).toContainText('This link was cut short');
	});
});

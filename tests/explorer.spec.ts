import { expect, test, type Page } from '@playwright/test';
import { moveFocus, navLines, type NavKey } from '../src/lib/explorer/navigation';
import { labelsOf } from '../src/lib/model/labels';
import { modelWhere, models, quotesOf, sideClaims } from './explorer-data';
import { hydrated } from './hydrated';

// Wide screens: the sides and the article side by side, joined by drawn links.
test.use({ viewport: { width: 1280, height: 800 } });

const url = (id: string, query = '') => `/c/${id}/${query}`;

async function open(page: Page, path: string) {
	await page.goto(path);
	await hydrated(page);
}

const card = (page: Page, id: string) => page.locator(`li[data-claim="${id}"]`);
const links = (page: Page, id?: string) =>
	page.locator(id ? `svg path[data-claim="${id}"]` : 'svg path[data-claim]');

/** Page coordinates of a link's two ends and of the boxes it should join. */
async function measure(page: Page, claim: string, index: number, target: number) {
	return page.evaluate(
		({ claim, index, target }) => {
			const path = document.querySelectorAll(`svg path[data-claim="${claim}"]`)[index];
			const svg = path?.closest('svg')?.getBoundingClientRect();
			const numbers = (path?.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
			const line = document.getElementById(`t${target}`)!.getClientRects()[0]!;
			const box = document.querySelector(`li[data-claim="${claim}"]`)!.getBoundingClientRect();
			return {
				from: { x: numbers[0]! + svg!.left, y: numbers[1]! + svg!.top },
				to: { x: numbers.at(-2)! + svg!.left, y: numbers.at(-1)! + svg!.top },
				card: { right: box.right, top: box.top, bottom: box.bottom },
				mark: { left: line.left, bottom: line.bottom }
			};
		},
		{ claim, index, target }
	);
}

for (const model of models) {
	test(`${model.id}: one link per claim anchor, from its card to its marked passage`, async ({
		page
	}) => {
		await open(page, url(model.id));
		const anchors = model.claims.flatMap((c) => quotesOf(c).map((q, i) => ({ c, q, i })));
		await expect(links(page)).toHaveCount(anchors.length);
		for (const { c, q, i } of anchors) {
			await expect(links(page, c.id)).toHaveCount(quotesOf(c).length);
			await page.evaluate(
				({ id, target }) => {
					document.querySelector(`li[data-claim="${id}"]`)!.scrollIntoView({ block: 'center' });
					document.getElementById(`t${target}`)!.scrollIntoView({ block: 'center' });
				},
				{ id: c.id, target: q.target }
			);
			await expect
				.poll(async () => {
					const m = await measure(page, c.id, i, q.target);
					return (
						Math.abs(m.from.x - m.card.right) <= 2 &&
						m.from.y > m.card.top &&
						m.from.y < m.card.bottom &&
						Math.abs(m.to.x - m.mark.left) <= 2 &&
						Math.abs(m.to.y - m.mark.bottom) <= 2
					);
				}, `link ${c.id}:${i} joins its card and its mark`)
				.toBe(true);
		}
	});
}

const sample = models[0]!;
const first = sideClaims(sample)[0]!;

test('hovering a claim emphasises its link and passage and dims the rest', async ({ page }) => {
	await open(page, url(sample.id));
	await card(page, first.id).hover();
	await expect(card(page, first.id)).toHaveClass(/emphasised/);
	for (const path of await links(page, first.id).all()) await expect(path).toHaveClass(/active/);
	const other = sample.claims.find((c) => c.id !== first.id)!;
	await expect(card(page, other.id)).toHaveClass(/dimmed/);
	await expect(links(page, other.id).first()).not.toHaveClass(/active/);
	await expect(page.locator(`mark#t${quotesOf(first)[0]!.target}`)).toHaveClass(/active/);
	await page.mouse.move(1, 1);
	await expect(card(page, other.id)).not.toHaveClass(/dimmed/);
});

test('clicking a claim selects it, records it in the URL and shows its passage', async ({
	page
}) => {
	await open(page, url(sample.id));
	await card(page, first.id).getByRole('button').click();
	await expect(card(page, first.id)).toHaveAttribute('aria-current', 'true');
	await expect(page).toHaveURL(new RegExp(`\\?claim=${first.id}$`));
	await expect(page.locator(`#t${quotesOf(first)[0]!.target}`)).toBeInViewport();
	await page.keyboard.press('Escape');
	await expect(card(page, first.id)).not.toHaveAttribute('aria-current');
	await expect(page).toHaveURL(new RegExp(`/c/${sample.id}/$`));
});

test('clicking a marked passage selects every claim that cites it, on every side', async ({
	page
}) => {
	const shared = models
		.flatMap((m) => m.passages.flatMap((p) => p.pieces.map((piece) => ({ m, piece }))))
		.sort((a, b) => b.piece.claims.length - a.piece.claims.length)[0]!;
	await open(page, url(shared.m.id));
	await page.locator(`mark#t${shared.piece.start}`).click();
	for (const id of shared.piece.claims) {
		await expect(card(page, id)).toHaveAttribute('aria-current', 'true');
	}
	await expect(page.locator('li[aria-current="true"]')).toHaveCount(shared.piece.claims.length);
	await expect(page).toHaveURL(new RegExp(`claim=${shared.piece.claims.join('(,|%2C)')}`));
});

test('keyboard: Tab enters the grid, arrows move, Enter jumps to the passage and back', async ({
	page
}) => {
	const model = modelWhere((m) => m.rows.length > 1) ?? sample;
	await open(page, url(model.id));
	await page.getByRole('button', { name: 'All links', exact: true }).focus();
	const focusedClaim = () =>
		page.evaluate(() =>
			document.activeElement?.closest('li[data-claim]')?.getAttribute('data-claim')
		);
	for (let i = 0; i < 12 && !(await focusedClaim()); i++) await page.keyboard.press('Tab');
	const lines = navLines(model, true);
	let at = { id: lines[0]!.columns.flat()[0]!, column: 0 };
	expect(await focusedClaim()).toBe(at.id);
	await expect(card(page, at.id)).toHaveClass(/emphasised/);

	for (const key of [
		'ArrowDown',
		'ArrowRight',
		'ArrowDown',
		'ArrowLeft',
		'End',
		'Home'
	] as NavKey[]) {
		at = moveFocus(lines, at, key);
		await page.keyboard.press(key);
		expect(await focusedClaim(), key).toBe(at.id);
	}

	const claim = model.claims.find((c) => c.id === at.id)!;
	await page.keyboard.press('Enter');
	await expect(card(page, claim.id)).toHaveAttribute('aria-current', 'true');
	const mark = page.locator(`#t${quotesOf(claim)[0]!.target}`);
	await expect(mark).toBeFocused();
	await expect(mark).toBeInViewport();
	await page.keyboard.press('Escape');
	await expect(card(page, claim.id).getByRole('button')).toBeFocused();
	await expect(card(page, claim.id)).toHaveAttribute('aria-current', 'true');
	await page.keyboard.press('Escape');
	await expect(card(page, claim.id)).not.toHaveAttribute('aria-current');

	await page.keyboard.press('Tab');
	expect(await focusedClaim()).toBeFalsy();
});

test('the author’s words and the timeline are layers that can be hidden', async ({ page }) => {
	const model = modelWhere(
		(m) => m.timeline.length > 0 && m.claims.some((c) => c.voice.kind === 'framing')
	);
	test.skip(!model, 'no comparison with both an author layer and a timeline');
	await open(page, url(model!.id));
	const author = model!.claims.find((c) => c.voice.kind === 'framing')!;
	const authorToggle = page.getByRole('button', { name: labelsOf(model!).layer, exact: true });
	await expect(authorToggle).toHaveAttribute('aria-pressed', 'true');
	await expect(card(page, author.id)).toBeVisible();
	await expect(links(page, author.id)).toHaveCount(quotesOf(author).length);
	await authorToggle.click();
	await expect(authorToggle).toHaveAttribute('aria-pressed', 'false');
	await expect(card(page, author.id)).toHaveCount(0);
	await expect(links(page, author.id)).toHaveCount(0);
	await expect(page).toHaveURL(/\?author=0$/);

	const timelineToggle = page.getByRole('button', { name: 'Timeline', exact: true });
	await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
	await timelineToggle.click();
	await expect(timelineToggle).toHaveAttribute('aria-pressed', 'false');
	await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
	await expect(page).toHaveURL(/\?author=0&timeline=0$/);
});

test('"All links" off draws only the hovered or selected claim’s links', async ({ page }) => {
	await open(page, url(sample.id));
	const toggle = page.getByRole('button', { name: 'All links', exact: true });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(page).toHaveURL(/\?links=selected$/);
	await expect(links(page)).toHaveCount(0);
	const quote = quotesOf(first)[0]!;
	await page.evaluate((target) => {
		document.getElementById(`t${target}`)!.scrollIntoView({ block: 'center' });
	}, quote.target);
	await card(page, first.id).hover();
	await expect(links(page)).toHaveCount(quotesOf(first).length);
	await expect(links(page, first.id)).toHaveCount(quotesOf(first).length);
	// Drawn, not an empty path: the link ends at its mark, which had not been measured before.
	await expect
		.poll(async () => {
			const m = await measure(page, first.id, 0, quote.target);
			return Math.abs(m.to.x - m.mark.left) <= 2 && Math.abs(m.to.y - m.mark.bottom) <= 2;
		})
		.toBe(true);
});

test('a deep link restores the selected claim and the layers', async ({ page }) => {
	const model = modelWhere((m) => m.timeline.length > 0) ?? sample;
	const claim = sideClaims(model).at(-1)!;
	await open(page, url(model.id, `?claim=${claim.id}&links=selected&author=0&timeline=0`));
	await expect(card(page, claim.id)).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('li[aria-current="true"]')).toHaveCount(1);
	await expect(links(page)).toHaveCount(quotesOf(claim).length);
	await expect(links(page, claim.id)).toHaveCount(quotesOf(claim).length);
	await expect(page.getByRole('button', { name: 'All links', exact: true })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await expect(page.getByRole('button', { name: 'Timeline', exact: true })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
	await expect(page.locator('li[data-claim]').filter({ hasText: 'Author’s framing' })).toHaveCount(
		0
	);
	await expect(card(page, claim.id)).toBeInViewport();
	await expect(page.locator(`#t${quotesOf(claim)[0]!.target}`)).toBeInViewport();
	await expect(page).toHaveURL(
		new RegExp(`\\?claim=${claim.id}&links=selected&author=0&timeline=0$`)
	);
});

test('a link end scrolled out of view shows a badge at the pane edge that brings it back', async ({
	page
}) => {
	await open(page, url(sample.id));
	const targets = sample.claims.flatMap((c) => quotesOf(c).map((q) => `t${q.target}`));
	// Scroll the article to its end, so that passages near its start are out of view above.
	await page
		.locator('[data-pane="source"]')
		.evaluate((pane) => (pane.scrollTop = pane.scrollHeight));
	const nearestAbove = await page.evaluate((ids) => {
		const top = document.querySelector('[data-pane="source"]')!.getBoundingClientRect().top;
		const above = ids
			.map((id) => ({ id, bottom: document.getElementById(id)!.getClientRects()[0]!.bottom }))
			.filter((m) => m.bottom <= top)
			.sort((a, b) => b.bottom - a.bottom);
		return { id: above[0]?.id, count: new Set(above.map((m) => m.id)).size };
	}, targets);
	expect(nearestAbove.id, 'some cited passage lies above the end of the article').toBeTruthy();
	const badge = page.getByRole('button', { name: /linked passages? above/ });
	await expect(badge).toBeVisible();
	expect(Number((await badge.textContent())?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(
		nearestAbove.count
	);
	await badge.click();
	await expect(page.locator(`#${nearestAbove.id}`)).toBeInViewport();
	await expect
		.poll(() =>
			page.evaluate((id) => {
				const pane = document.querySelector('[data-pane="source"]')!.getBoundingClientRect();
				const mark = document.getElementById(id)!.getBoundingClientRect();
				return mark.top >= pane.top && mark.bottom <= pane.bottom;
			}, nearestAbove.id!)
		)
		.toBe(true);
});

test('a timeline event jumps to its passage', async ({ page }) => {
	const model = modelWhere((m) => m.timeline.length > 0);
	test.skip(!model, 'no comparison with a timeline');
	await open(page, url(model!.id));
	const event = model!.timeline.at(-1)!;
	await page
		.getByRole('region', { name: 'Timeline' })
		.getByRole('link', { name: event.text })
		.click();
	const passage = page.locator(`#t${event.target}`);
	await expect(passage).toBeFocused();
	await expect(passage).toBeInViewport();
	await expect(passage).toHaveClass(/flash/);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('link', { name: event.text })).toBeFocused();
});

test('a sequence draws each side’s steps as a numbered lane', async ({ page }) => {
	const model = modelWhere((m) => m.layout === 'sequence');
	test.skip(!model, 'no sequence comparison');
	await open(page, url(model!.id));
	for (const side of model!.sides) {
		const ids = model!.rows.flatMap((row) => row.cells[side.index]!.claims);
		const steps = ids.flatMap((id) => {
			const step = model!.claims.find((c) => c.id === id)!.step;
			return step === undefined ? [] : [String(step)];
		});
		const badges = page.locator(
			ids.map((id) => `li[data-claim="${id}"] .step`).join(', ') || 'nothing'
		);
		// Numbered in reading order down the side's column: 1, then 2, …
		await expect(badges).toHaveText(steps);
		expect(steps.map(Number)).toEqual([...steps.map(Number)].sort((a, b) => a - b));
		if (steps.length > 0) expect(steps[0]).toBe('1');
	}
	expect(model!.lanes.some((lane) => lane !== null)).toBe(true);
});

test('every grid row compares each side, and says when a side has nothing', async ({ page }) => {
	for (const model of models) {
		await page.goto(url(model.id));
		const rows = page.locator('section[data-row]');
		await expect(rows).toHaveCount(model.rows.length);
		const empty = model.rows.flatMap((r) => r.cells).filter((c) => c.claims.length === 0).length;
		await expect(page.getByText('The text gives nothing here')).toHaveCount(empty);
	}
});

test('a link that is not in canonical form opens its view and is rewritten, with no error', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const [a, b] = sideClaims(sample);
	await open(page, url(sample.id, `?claim=${a!.id},${b!.id}&author=2`));
	await expect(card(page, a!.id)).toHaveAttribute('aria-current', 'true');
	await expect(card(page, b!.id)).toHaveAttribute('aria-current', 'true');
	await expect(page).toHaveURL(new RegExp(`\\?claim=${a!.id}%2C${b!.id}$`));
	expect(errors).toEqual([]);
});

for (const model of models.filter((m) => m.claims.some((c) => c.voice.kind === 'account'))) {
	test(`${model.id}: each account of a side shows in that side’s column, marked as the author’s, never a lane step`, async ({
		page
	}) => {
		await open(page, url(model.id));
		const labels = labelsOf(model);
		for (const claim of model.claims.filter((c) => c.voice.kind === 'account')) {
			const side = model.sides[claim.about[0]!]!;
			const row = page.locator(`section[data-row="${claim.dimension}"]`);
			const item = row.locator(`.cell[data-side="${side.id}"] li[data-claim="${claim.id}"]`);
			await expect(item).toHaveAttribute('data-voice', 'account');
			await expect(item.locator('.voice')).toContainText(labels.account.short(side.label));
			await expect(item.locator('.step')).toHaveCount(0);
			// Its line is its own: the author's dashed edge, with its side's colour inside it.
			const edge = await item.evaluate((el) => {
				const style = getComputedStyle(el);
				return { border: style.borderLeftStyle, shadow: style.boxShadow };
			});
			expect(edge.border).toBe('dashed');
			expect(edge.shadow).toContain('inset');
			// A screen reader hears whose words they are.
			await expect(item.getByRole('button').first()).toHaveAccessibleDescription(
				new RegExp(labels.account.who(side).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
			);
		}
	});
}

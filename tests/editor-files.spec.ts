import { expect, test, type Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';

// Texts of the test's own, brought into the editor every way a teacher has: a file of each kind,
// a rich paste; and the draft taken out again as a comparison file and a share link.
const paragraphs = [
	'The council met on Monday to decide whether the pool should stay open in winter.',
	'According to the swimming club, the pool is the only place where children learn to swim.',
	'The treasurer says the heating alone costs more than the tickets bring in.'
];

// Five files read one after another, PDF and Word readers loaded on the way: long on a loaded machine.
test.describe.configure({ timeout: 120_000 });

async function open(page: Page) {
	await page.goto('/edit/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
}

const article = (page: Page) => page.getByRole('region', { name: /^The text: select words/ });
const fileInput = (page: Page) => page.getByLabel(/^Open a file/);

/** The article's paragraphs as the editor shows them. */
const shown = (page: Page) => article(page).locator('p').allTextContents();

function docx(body: string[]): Buffer {
	const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
	const zip = zipSync({
		'[Content_Types].xml': strToU8(
			'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
		),
		'_rels/.rels': strToU8(
			'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
		),
		'word/document.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${w}"><w:body>${body.map((p) => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>${p}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`
		)
	});
	return Buffer.from(zip);
}

const html = `<!doctype html><html lang="en"><head><title>Pool to stay open?</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Pool to stay open?</h1><p class="byline">By Ana Ruiz</p>
${paragraphs.map((p) => `<p>${p.replace('only place', '<em>only</em> place')} ${'More words of the report follow here, so the page reads as an article. '.repeat(3)}</p>`).join('\n')}
</article><footer>© The Gazette</footer></body></html>`;

test('a .txt, .md, .html, .pdf and .docx file each become the text, paragraph by paragraph', async ({
	page,
	context
}) => {
	const pdfPage = await context.newPage();
	await pdfPage.setContent(
		`<body style="font: 12pt serif">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body>`
	);
	const pdf = await pdfPage.pdf();
	await pdfPage.close();
	const files = [
		{ name: 'pool.txt', mimeType: 'text/plain', buffer: Buffer.from(paragraphs.join('\n\n')) },
		{
			name: 'pool.md',
			mimeType: 'text/markdown',
			buffer: Buffer.from(
				`# Pool\n\n${paragraphs.map((p) => p.replace('only', '**only**')).join('\n\n')}`
			)
		},
		{ name: 'pool.html', mimeType: 'text/html', buffer: Buffer.from(html) },
		{ name: 'pool.pdf', mimeType: 'application/pdf', buffer: pdf },
		{ name: 'pool.docx', mimeType: 'application/octet-stream', buffer: docx(paragraphs) }
	];
	for (const file of files) {
		await open(page);
		await fileInput(page).setInputFiles(file);
		await expect(article(page)).toBeVisible();
		const text = await shown(page);
		for (const p of paragraphs) {
			expect(
				text.some((line) => line.replace(/\s+/g, ' ').includes(p)),
				`${file.name}: ${p}`
			).toBe(true);
		}
		expect(text.join(' '), file.name).not.toMatch(/<|\*\*|Home News|©/);
		if (file.name.endsWith('.html')) {
			await expect(page.getByLabel(/^Headline/)).toHaveValue('Pool to stay open?');
			await expect(page.getByLabel(/^Author/)).toHaveValue(/Ana Ruiz/);
		}
	}
});

test('a file that cannot be read says so in plain words, and nothing is lost', async ({ page }) => {
	await open(page);
	await page.getByLabel('Paste the text of the article').fill('Words typed before.');
	await fileInput(page).setInputFiles({
		name: 'essay.doc',
		mimeType: 'application/msword',
		buffer: Buffer.from('old')
	});
	await expect(page.getByRole('alert')).toContainText('older Word file: save it as .docx');
	await fileInput(page).setInputFiles({
		name: 'notes.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('plain words')
	});
	await expect(page.getByRole('alert')).toContainText('notes.pdf is not a PDF');
	await expect(page.getByLabel('Paste the text of the article')).toHaveValue('Words typed before.');
});

test('a rich paste keeps the paragraphs and drops the formatting', async ({ page }) => {
	await open(page);
	const field = page.getByLabel('Paste the text of the article');
	await field.focus();
	await field.evaluate((el, paragraphs) => {
		const data = new DataTransfer();
		data.setData(
			'text/html',
			paragraphs
				.map((p) => `<p style="color:red"><b>${p.slice(0, 10)}</b>${p.slice(10)}</p>`)
				.join('') + '<script>alert(1)</script>'
		);
		data.setData('text/plain', paragraphs.join(' '));
		el.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
		);
	}, paragraphs);
	await expect(field).toHaveValue(paragraphs.join('\n\n'));
	await page.getByRole('button', { name: 'Use this text' }).click();
	expect(await shown(page)).toEqual(paragraphs);
});

test('undo and redo cover the whole draft, with the keys and the buttons', async ({ page }) => {
	await open(page);
	await page.getByLabel('Paste the text of the article').fill(paragraphs.join('\n\n'));
	await page.getByRole('button', { name: 'Use this text' }).click();
	const title = page.getByRole('textbox', { name: 'Title' });
	await title.fill('The pool in winter');
	await page.getByRole('button', { name: 'Add a side' }).click();
	await page.getByLabel('Side 1: label').fill('Swimming club');
	await page
		.getByLabel('Side 1: more words to hide in the quiz (optional)')
		.fill('the club’s coach, swimmers');

	await page.locator('body').click({ position: { x: 1, y: 1 } });
	await page.keyboard.press('ControlOrMeta+z');
	await expect(page.getByLabel('Side 1: more words to hide in the quiz (optional)')).toHaveValue(
		''
	);
	await page.keyboard.press('ControlOrMeta+z');
	await page.keyboard.press('ControlOrMeta+z');
	await expect(page.getByLabel('Side 1: label')).toHaveCount(0);
	await page.keyboard.press('ControlOrMeta+z');
	await expect(title).toHaveValue('');
	await page.keyboard.press('ControlOrMeta+z');
	await expect(page.getByLabel('Paste the text of the article')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

	await page.keyboard.press('Shift+ControlOrMeta+z');
	await expect(article(page)).toBeVisible();
	for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Redo' }).click();
	await expect(title).toHaveValue('The pool in winter');
	await expect(page.getByLabel('Side 1: more words to hide in the quiz (optional)')).toHaveValue(
		'the club’s coach, swimmers'
	);
	await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
	await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
	await page.reload();
	await expect(title).toHaveValue('The pool in winter');
	await expect(page.getByLabel('Side 1: more words to hide in the quiz (optional)')).toHaveValue(
		'the club’s coach, swimmers'
	);
});

// Commands the component tests run in Node, beside the browser: here Chromium's own PDF printer,
// so a test makes a real PDF of a text it knows.
import type { BrowserCommand } from 'vitest/node';

/** Prints `html` to PDF (A5, with a running header and page numbers unless `running` is false), in base64. */
export const printPdf: BrowserCommand<[html: string, running?: boolean]> = async (
	context,
	html,
	running = true
) => {
	if (context.provider.name !== 'playwright') throw new Error('printPdf needs Playwright');
	const page = await (
		context as unknown as { context: import('playwright').BrowserContext }
	).context.newPage();
	try {
		await page.setContent(html);
		const pdf = await page.pdf({
			format: 'A5',
			margin: { top: '25mm', bottom: '25mm', left: '20mm', right: '20mm' },
			displayHeaderFooter: running,
			headerTemplate:
				'<div style="font-size:9px;margin-left:20mm">The Example Gazette — Opinion</div>',
			footerTemplate:
				'<div style="font-size:9px;margin-left:20mm">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>'
		});
		return pdf.toString('base64');
	} finally {
		await page.close();
	}
};

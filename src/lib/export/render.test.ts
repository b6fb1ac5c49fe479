import { describe, expect, test } from 'vitest';
import type { ExportOptions } from './layout';
import { renderComparisonPages, renderComparisonSvg } from './render';
import { fakeMeasure } from './text';
import { placed } from '../model/select';
import { longModel, modelFrom, smallModel } from '../model/fixtures';

const options: ExportOptions = {
	preset: 'handout',
	layout: 'list',
	author: true,
	deepLink: 'https://standpoint.example/c/small-sequence/?author=1&claim=ru-trust-first',
	measure: fakeMeasure
};

const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

/** The text of every `<text class=…>` inside the element tagged `data-claim="id"`, lines joined by spaces. */
function textOf(svg: string, claimId: string, className: string): string {
	const group = svg.match(
		new RegExp(`<g class="claim" data-claim="${claimId}"[^>]*>(.*?)</g>`)
	)?.[1];
	const text =
		group?.match(new RegExp(`<text[^>]*class="${className}"[^>]*>(.*?)</text>`))?.[1] ?? '';
	return [...text.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((m) => unescape(m[1]!)).join(' ');
}

/** Checks that tags nest and close properly: enough to catch injected or broken markup. */
function assertWellFormed(svg: string): void {
	const stack: string[] = [];
	for (const [, close, name, selfClose] of svg.matchAll(
		/<(\/?)([a-zA-Z][\w:-]*)(?:"[^"]*"|[^>"])*?(\/?)>/g
	)) {
		if (selfClose) continue;
		if (close) expect(stack.pop(), `</${name}>`).toBe(name);
		else stack.push(name!);
	}
	expect(stack).toEqual([]);
	expect(svg.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|quot;|apos;)/);
}

describe('renderComparisonSvg', () => {
	test('a well-formed SVG document of the preset’s size', () => {
		const svg = renderComparisonSvg(smallModel(), { ...options, preset: 'slide' });
		assertWellFormed(svg);
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080" viewBox="0 0 1920 1080"/
		);
		const handout = renderComparisonSvg(smallModel(), { ...options, preset: 'handout' });
		expect(handout).toMatch(/^<svg [^>]*width="1240" height="1754"/);
	});

	test('every claim’s text is drawn in its card, with its side label and attribution', () => {
		const model = smallModel();
		const svg = renderComparisonSvg(model, options);
		for (const claim of model.claims) {
			expect(textOf(svg, claim.id, 'claim-text'), claim.id).toBe(claim.text);
		}
		expect(textOf(svg, 'ru-trust-first', 'attribution')).toBe('The Russian side believes');
	});

	test('one <path> per link, tagged with its claim, and one quote per link', () => {
		const model = smallModel();
		const svg = renderComparisonSvg(model, options);
		const linked = [
			...svg.matchAll(/<path class="link" data-claim="([^"]+)" data-range="(\d+)"/g)
		].map((m) => `${m[1]}#${m[2]}`);
		const expected = model.claims.flatMap((c) => placed(c).map((_, i) => `${c.id}#${i}`));
		expect(linked.sort()).toEqual(expected.sort());
		expect(svg.match(/<path[^>]*data-claim=/g)).toHaveLength(expected.length);
		expect(svg.match(/<g class="quote"/g)).toHaveLength(expected.length);
	});

	test('quotes are the source’s exact words', () => {
		const model = smallModel();
		const svg = renderComparisonSvg(model, options);
		const quotes = [...svg.matchAll(/<text[^>]*class="quote-text"[^>]*>(.*?)<\/text>/g)].map((m) =>
			[...m[1]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((t) => unescape(t[1]!)).join(' ')
		);
		expect(quotes.sort()).toEqual(
			model.claims.flatMap((c) => placed(c).map((r) => r.quote)).sort()
		);
	});

	test('text from data is escaped, never markup', () => {
		const model = modelFrom({
			title: 'Tags & <b>bold</b> claims',
			sides: [
				{ id: 'a', label: 'A "side" <i>' },
				{ id: 'b', label: "B's side" }
			],
			dimensions: [{ id: 'd', label: '<script>alert(1)</script>' }],
			claims: [
				{
					id: 'x',
					side: 'a',
					dimension: 'd',
					text: '</text><script>alert("x")</script>',
					quotes: ['a < b && c > d']
				},
				{ id: 'y', side: 'b', dimension: 'd', text: 'Fine]]><!--', quotes: ['ok'] }
			]
		});
		const svg = renderComparisonSvg(model, {
			...options,
			deepLink: 'https://x.example/?a=1&b="2"'
		});
		assertWellFormed(svg);
		expect(svg).not.toMatch(/<script|<b>|<i>|<!--|]]>/);
		expect(textOf(svg, 'x', 'claim-text')).toBe('</text><script>alert("x")</script>');
		expect(svg).toContain('href="https://x.example/?a=1&amp;b=&quot;2&quot;"');
	});

	test('the footer cites the source and links back to this view', () => {
		const svg = renderComparisonSvg(smallModel(), options);
		expect(svg).toContain(
			'>Source: Izvestia, April 14, 2025, p. 3 (English translation, complete text)<'
		);
		expect(svg).toContain(`<a href="${options.deepLink.replace(/&/g, '&amp;')}">`);
	});

	test('the legend names each side, and the author’s account and framing only when that layer is on', () => {
		const on = renderComparisonSvg(smallModel(), options);
		const off = renderComparisonSvg(smallModel(), { ...options, author: false });
		expect(on.match(/<g class="legend"/g)).toHaveLength(4);
		expect(on).toContain('Author’s framing (their own voice)');
		expect(on).toContain('>Author’s account of a side<');
		expect(off.match(/<g class="legend"/g)).toHaveLength(2);
		expect(off).not.toMatch(/data-voice="(framing|account)"|Author’s/);
	});

	test('the author’s account of a side is drawn as the author’s: its label, pen and letter, no step', () => {
		const svg = renderComparisonSvg(smallModel(), options);
		const card = svg.match(
			/<g class="claim" data-claim="ru-first-need" data-voice="account">.*?<\/g>/
		)?.[0];
		expect(card).toBeDefined();
		expect(card).toContain('>Author’s account of Russia<');
		expect(card).toContain('<use href="#pen"');
		expect(card).toMatch(/>A<\/text>/);
		expect(card).not.toMatch(/step \d/);
		expect(svg).toContain('>Russia · step 1<');
	});

	test('fonts are embedded as base64 woff2, and nothing is fetched from elsewhere', () => {
		const fonts = [
			{ family: 'sans', weight: 400, style: 'normal', base64: 'd09GMgABAAA=' }
		] as const;
		const svg = renderComparisonSvg(smallModel(), { ...options, fonts: [...fonts] });
		expect(svg).toContain(
			"@font-face{font-family:'Inter';font-weight:400;font-style:normal;src:url(data:font/woff2;base64,d09GMgABAAA=) format('woff2');}"
		);
		const urls = [...svg.matchAll(/(?:href="|url\()([^")]+)/g)].map((m) => m[1]);
		expect(urls.filter((u) => !u!.startsWith('data:') && !u!.startsWith('#'))).toEqual([
			options.deepLink.replace(/&/g, '&amp;')
		]);
		expect(renderComparisonSvg(smallModel(), options)).not.toContain('@font-face');
	});

	test('each page of a long comparison is its own document, marked with its number', () => {
		const model = longModel(6, 6);
		const { layout, svgs } = renderComparisonPages(model, options);
		expect(svgs.length).toBe(layout.pages.length);
		expect(svgs.length).toBeGreaterThan(1);
		svgs.forEach((svg, i) => {
			assertWellFormed(svg);
			expect(svg).toContain(`data-page="${i + 1}" data-pages="${svgs.length}"`);
		});
		expect(svgs[0]).toContain(`>Continued on image 2 of ${svgs.length}<`);
		expect(renderComparisonSvg(model, { ...options, page: 2 })).toBe(svgs[1]);
		expect(() => renderComparisonSvg(model, { ...options, page: svgs.length + 1 })).toThrow(
			`No image ${svgs.length + 1} of ${svgs.length}`
		);
		const drawn = svgs.flatMap((svg) =>
			[...svg.matchAll(/<g class="claim" data-claim="([^"]+)"/g)].map((m) => m[1])
		);
		expect(drawn.sort()).toEqual(model.claims.map((c) => c.id).sort());
		// 36 claims laid out three times: seconds on a busy 2-core machine. Speed is the bench's.
	}, 30_000);
});

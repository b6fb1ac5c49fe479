import { afterEach, beforeEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import '../../../app.css';
import { exportSvgFiles } from '$lib/export/export-image';
import Explorer from '$lib/explorer/components/Explorer.svelte';
import Handout from '$lib/handout/components/Handout.svelte';
import { modelFrom } from '$lib/model/fixtures';
import { Deck } from '$lib/present/deck.svelte';
import Present from '$lib/present/components/Present.svelte';
import Quiz from '$lib/quiz/components/Quiz.svelte';
import { QuizSession } from '$lib/quiz/session.svelte';

// Markup, script, a javascript: URL, SVG and Svelte's own {@html} in every text field of a
// comparison and of its source: each is shown as the characters it is, in every mode and in the
// exported SVG, and nothing it spells out is created or run. Each payload sets `window.pwned`
// if it ever runs. Labels are short (60 characters), so their payload is the shortest.
const short = '<img src=x onerror=pwned=1><b>b</b>';
const payload = (field: string) =>
	`${field}: <script>pwned=1</script><img src=x onerror="pwned=1"><svg onload="pwned=1"><circle r="9"/></svg>` +
	`<a href="javascript:pwned=1">go</a> {@html '<i>i</i>'} &amp; &lt;`;

const text = [
	`North says ${payload('text north')} first.`,
	`South says ${payload('text south')} then.`,
	`The writer thinks ${payload('text writer')} at last.`
].join('\n');
const quote = (who: string) => payload(`text ${who}`);

const model = modelFrom({
	id: 'hostile',
	title: payload('title').slice(0, 290),
	question: payload('question'),
	text,
	sides: [
		{ id: 'north', label: short, who: payload('who north') },
		{ id: 'south', label: `S${short}`, who: payload('who south') }
	],
	dimensions: [{ id: 'first', label: `D${short}`, description: payload('description') }],
	claims: [
		{
			id: 'north-claim',
			side: 'north',
			dimension: 'first',
			text: payload('claim north'),
			attribution: payload('attribution').slice(0, 290),
			quotes: [quote('north')]
		},
		{
			id: 'south-claim',
			side: 'south',
			dimension: 'first',
			text: payload('claim south'),
			quotes: [quote('south')]
		},
		{ id: 'writer', dimension: 'first', text: payload('claim writer'), quotes: [quote('writer')] }
	],
	timeline: [
		{
			id: 'event',
			when: payload('when').slice(0, 290),
			text: payload('event'),
			quote: quote('south')
		}
	],
	prompts: [{ id: 'why', text: payload('prompt'), dimension: 'first' }],
	source: {
		publication: payload('publication'),
		citation: payload('citation'),
		page: payload('page'),
		translation: payload('translation')
	}
});

const modeLinks = { home: '/', explorer: '/e/', present: '/p/', quiz: '/q/', handout: '/h/' };
declare global {
	interface Window {
		pwned?: unknown;
	}
}

/** What a payload would have created, anywhere in `root`. */
function created(root: ParentNode): string[] {
	// Present's own fitting script is the app's code, the same on every page, and holds no data.
	const own = (el: Element) =>
		el.matches('script[data-before-paint]') && !el.textContent!.includes('pwned');
	const found = [
		...root.querySelectorAll('script, img, iframe, object, embed, foreignObject, b, i')
	]
		.filter((el) => !own(el))
		.map((el) => `<${el.localName}>`);
	for (const el of root.querySelectorAll('*')) {
		for (const attr of el.attributes) {
			if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
			if (/^\s*javascript:/i.test(attr.value)) found.push(`${el.localName}[${attr.name}=js]`);
		}
	}
	return found;
}

beforeEach(async () => {
	await page.viewport(1280, 800);
	delete window.pwned;
});
afterEach(() => expect(window.pwned).toBeUndefined());

test('explorer: every field is shown as text', async () => {
	const { container } = await render(Explorer, {
		model,
		urls: { modes: modeLinks, share: () => 'https://standpoint.example/' }
	});
	await expect.element(page.getByText(/claim north: <script>/).first()).toBeVisible();
	for (const field of ['claim north', 'claim writer', 'text north', 'who north', 'event']) {
		expect(container.textContent, field).toContain(`${field}: <script>pwned=1</script>`);
	}
	expect(container.textContent).toContain(short);
	// The SVG of the drawn links holds only the app's own paths.
	expect(created(container)).toEqual([]);
});

test('present: every step is shown as text', async () => {
	const deck = new Deck(model);
	const { container } = await render(Present, { deck, links: modeLinks });
	deck.start(1);
	for (let step = 1; step <= deck.steps.length; step++) {
		deck.start(step);
		await expect.poll(() => container.querySelector('section.step:not([hidden])')).not.toBeNull();
		expect(created(container), `step ${step}`).toEqual([]);
	}
	expect(container.textContent).toContain('claim south: <script>pwned=1</script>');
	expect(container.textContent).toContain('prompt: <script>');
});

test('quiz: questions, choices and the reveal are shown as text', async () => {
	const session = new QuizSession(model);
	const { container } = await render(Quiz, { session, links: modeLinks });
	session.start(1, 1);
	for (let q = 1; q <= session.items.length; q++) {
		session.go(q);
		const choice = () => container.querySelector<HTMLButtonElement>('button[data-choice]');
		await expect.poll(choice).not.toBeNull();
		choice()!.click();
		await expect.poll(() => session.given).toBeDefined();
		expect(created(container), `question ${q}`).toEqual([]);
	}
	expect(container.textContent).toContain(short);
});

test('handout: every section is shown as text', async () => {
	const { container } = await render(Handout, { model, links: modeLinks });
	expect(container.textContent).toContain('citation: <script>pwned=1</script>');
	expect(container.textContent).toContain('description: <script>');
	expect(created(container)).toEqual([]);
});

test('exported SVG: every field is escaped text', async () => {
	const files = await exportSvgFiles({
		model,
		preset: 'handout',
		viewportWidth: 1280,
		row: null,
		author: true,
		deepLink: 'https://standpoint.example/c/hostile/'
	});
	const texts: string[] = [];
	for (const file of files) {
		const doc = new DOMParser().parseFromString(await file.blob.text(), 'image/svg+xml');
		expect(doc.querySelector('parsererror')).toBeNull();
		expect(created(doc)).toEqual([]);
		expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
			'https://standpoint.example/c/hostile/'
		]);
		texts.push(doc.documentElement.textContent ?? '');
	}
	// Wrapped over lines, so compared without the breaks.
	const all = texts.join(' ').replace(/\s+/g, '');
	for (const field of ['title', 'question', 'claim north', 'claim writer', 'text south']) {
		expect(all, field).toContain(`${field}:<script>pwned=1</script>`.replace(/\s+/g, ''));
	}
});

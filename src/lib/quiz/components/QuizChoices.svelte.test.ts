import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { AUTHOR_CHOICE, type QuizChoice } from '$lib/quiz/quiz';
import QuizChoices from './QuizChoices.svelte';

const choices: QuizChoice[] = [
	{ id: 'council', label: 'The council', voice: { kind: 'side', side: 0 } },
	{ id: 'parents', label: 'Parents', voice: { kind: 'side', side: 1 } },
	{ id: AUTHOR_CHOICE, label: 'The reporter’s own words', voice: { kind: 'framing' } }
];

test('offers every choice numbered for its key, and passes the one clicked on', async () => {
	const chosen: string[] = [];
	render(QuizChoices, {
		choices,
		given: undefined,
		answer: 'parents',
		choose: (id) => chosen.push(id)
	});
	const buttons = page.getByRole('group', { name: 'Who said it?' }).getByRole('button');
	await expect.element(buttons.nth(0)).toHaveTextContent(/1\s*A\s*The council/);
	await expect.element(buttons.nth(2)).toHaveAttribute('aria-keyshortcuts', '3');
	await page.getByRole('button', { name: /Parents/ }).click();
	expect(chosen).toEqual(['parents']);
});

test('after a wrong answer, marks it and the right one, and takes no second answer', async () => {
	render(QuizChoices, { choices, given: 'council', answer: 'parents', choose: () => {} });
	await expect
		.element(page.getByRole('button', { name: /The council/ }))
		.toHaveTextContent('✗ your choice');
	await expect.element(page.getByRole('button', { name: /Parents/ })).toHaveTextContent('✓ answer');
	for (const button of page.getByRole('button').all()) await expect.element(button).toBeDisabled();
});

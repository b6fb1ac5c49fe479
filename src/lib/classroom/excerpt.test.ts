import { describe, expect, test } from 'vitest';
import { excerptsFor } from './excerpt';
import { fixtureSentences, fixtureView } from './test-fixture';

const view = fixtureView();

/** An excerpt as text with each focused run in [brackets: claims]. */
function render(claimIds: string[], sentences = fixtureSentences): string[] {
	return excerptsFor(view, sentences, claimIds).map((e) =>
		e.parts.map((p) => (p.claims.length ? `[${p.text}: ${p.claims.join(' ')}]` : p.text)).join('')
	);
}

describe('excerptsFor', () => {
	test('widens a quote to the sentence around it', () => {
		expect(render(['us-ceasefire'])).toEqual([
			'The Americans, however, say that [a ceasefire comes first: us-ceasefire].'
		]);
	});

	test('merges adjacent sentences of one passage and marks only the claims in focus', () => {
		expect(render(['russia-trust', 'us-ceasefire'])).toEqual([
			'[The Russian side believes that trust must come first: russia-trust]. ' +
				'The Americans, however, say that [a ceasefire comes first: us-ceasefire].'
		]);
	});

	test('overlapping quotes split into runs listing every focused claim', () => {
		expect(render(['russia-trust', 'russia-then'])).toEqual([
			'[The Russian side believes that : russia-trust][trust must come first: russia-trust russia-then].'
		]);
	});

	test('sentences apart stay separate excerpts, in source order', () => {
		expect(render(['us-ground', 'author-cowboy', 'russia-trust'])).toEqual([
			'[The Russian side believes that trust must come first: russia-trust].',
			'[Nobody has found common ground: us-ground].',
			'The White House acted in its [“cowboy” fashion: author-cowboy].'
		]);
	});

	test('a passage without sentence bounds is shown whole', () => {
		expect(render(['author-hockey'], {})).toEqual([
			'[Hockey may help: author-hockey]. The White House acted in its “cowboy” fashion.'
		]);
	});

	test('unknown claims give nothing', () => {
		expect(render(['nope'])).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { resolveAnchor } from '../anchoring/index';
import { blankDraft } from '../draft/draft';
import { addClaim, addRow, addSide, anchorAt, setText } from './edit';
import { checkPassages, confirmPassage, replaceText } from './recheck';

const before = [
	'The board will vote in May on a later start for the high school.',
	'According to Maria Ortiz, teenagers who start later sleep longer and miss fewer classes.',
	'The bus company says a later start would cost an extra sum every year.',
	'What the parents want most is a calmer morning for their children.'
].join('\n\n');

function cite(draft: ReturnType<typeof blankDraft>, words: string) {
	const start = draft.source.text.indexOf(words);
	return addClaim(
		draft,
		{ kind: 'side', side: 'side-1' },
		anchorAt(draft, start, start + words.length)
	).draft;
}

function drafted() {
	let draft = addRow(addSide(setText(blankDraft(), before)));
	for (const words of [
		'teenagers who start later sleep longer',
		'a later start would cost an extra sum every year',
		'a calmer morning for their children'
	])
		draft = cite(draft, words);
	return draft;
}

describe('editing the text after claims were made', () => {
	const after = before
		.replace('sleep longer', 'sleap longer')
		.replace('The bus company says a later start would cost an extra sum every year.\n\n', '')
		.replace('The board will', 'The school board will');

	it('says how every passage fared: moved, fuzzy with its score, orphaned', () => {
		const { checks } = replaceText(drafted(), after);
		expect(checks.map((c) => c.found.status)).toEqual(['fuzzy', 'orphaned', 'moved']);
		const fuzzy = checks[0]!.found;
		expect(fuzzy.status === 'fuzzy' && fuzzy.score).toBeGreaterThan(0.9);
	});

	it('carries a certain find over and leaves the rest as they were, pointing nowhere wrong', () => {
		const old = drafted();
		const { draft } = replaceText(old, after);
		const [typo, gone, moved] = draft.comparison.claims;
		expect(typo!.anchors[0]).toEqual(old.comparison.claims[0]!.anchors[0]);
		expect(gone!.anchors[0]).toEqual(old.comparison.claims[1]!.anchors[0]);
		expect(resolveAnchor(draft.source.text, moved!.anchors[0]!).status).toBe('exact');
		for (const check of checkPassages(draft)) {
			if (check.found.status === 'ambiguous' || check.found.status === 'orphaned') continue;
			const found = draft.source.text.slice(check.found.start, check.found.end);
			expect(found.length).toBeGreaterThan(0);
			expect(check.quote.split(' ').filter((w) => found.includes(w)).length).toBeGreaterThan(2);
		}
	});

	it('confirming an edited passage describes it again at its new place', () => {
		const { draft, checks } = replaceText(drafted(), after);
		const confirmed = confirmPassage(draft, checks[0]!);
		const anchor = confirmed.comparison.claims[0]!.anchors[0]!;
		expect(anchor.quote.exact).toBe('teenagers who start later sleap longer');
		expect(resolveAnchor(confirmed.source.text, anchor).status).toBe('exact');
	});
});

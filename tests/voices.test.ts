// The three voices over every comparison in data/: where the author's account of a side shows,
// what the quiz scores and what its questions hide. A comparison added to data/ is checked here
// without editing this file.
import { describe, expect, test } from 'vitest';
import { quoteParts, quotedPassages } from '../src/lib/classroom/excerpt';
import { presentSteps, stepClaimIds } from '../src/lib/present/steps';
import {
	AUTHOR_CHOICE,
	hideSpeakers,
	quizItems,
	sideNames,
	speakerWords
} from '../src/lib/quiz/quiz';
import { models } from './explorer-data';

const each = models.map((m) => [m.id, m] as const);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether `phrase` occurs in `text` as whole words. */
const has = (text: string, phrase: string, flags = 'iu') =>
	new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, flags).test(text);

describe.each(each)('%s', (_id, model) => {
	const accounts = model.claims.filter((c) => c.voice.kind === 'account');

	test.skipIf(accounts.length === 0)(
		'an account of a side sits in that side’s column and is never a step of its lane',
		() => {
			for (const claim of accounts) {
				const side = claim.about[0]!;
				expect(claim.about, claim.id).toHaveLength(1);
				expect(claim.voice, claim.id).toEqual({ kind: 'account', side });
				expect(claim.step, claim.id).toBeUndefined();
				expect(claim).not.toHaveProperty('attribution');
				const row = model.rows.find((r) => r.id === claim.dimension)!;
				expect(row.cells[side]!.claims, claim.id).toContain(claim.id);
				expect(row.framing).not.toContain(claim.id);
				// The side says nothing of its own there unless it has a claim of its own beside it.
				const own = row.cells[side]!.claims.some(
					(id) => model.claims.find((c) => c.id === id)!.voice.kind === 'side'
				);
				expect(row.silent.includes(side), claim.id).toBe(!own);
			}
			for (const lane of model.lanes) {
				for (const stop of lane?.stops ?? []) {
					for (const row of stop.rows) {
						const cell = model.rows.find((r) => r.id === row)!.cells[lane!.side]!;
						expect(cell.claims.some((id) => model.claims.find((c) => c.id === id)!.step)).toBe(
							true
						);
					}
				}
			}
		}
	);

	test('the author’s framing never sits in a side’s column', () => {
		for (const row of model.rows) {
			for (const cell of row.cells) {
				for (const id of cell.claims) {
					expect(model.claims.find((c) => c.id === id)!.voice.kind, id).not.toBe('framing');
				}
			}
		}
	});

	test.skipIf(accounts.length === 0)(
		'present shows an account with its side, and hides it with the author’s words',
		() => {
			const steps = presentSteps(model);
			for (const claim of accounts) {
				const step = steps.find((s) => s.kind === 'row' && s.row.id === claim.dimension)!;
				expect(stepClaimIds(model, step, true)).toContain(claim.id);
				expect(stepClaimIds(model, step, false)).not.toContain(claim.id);
			}
		}
	);

	test('the quiz scores a side’s claim as its side, and an account or framing as the author’s', () => {
		for (const item of quizItems(model, 1)) {
			const expected =
				item.claim.voice.kind === 'side' ? model.sides[item.claim.voice.side]!.id : AUTHOR_CHOICE;
			expect(item.answer, item.claim.id).toBe(expected);
		}
	});

	test('no question shows a side’s label, name, role or hide entry', () => {
		for (const item of quizItems(model, 1)) {
			const words = speakerWords(item.claim, model);
			const shown = quotedPassages(model, item.claim.id)
				.map((p) =>
					hideSpeakers(p.text, words)
						.filter((part) => !part.hidden)
						.map((part) => part.text)
						.join(' ▯ ')
				)
				.join(' / ');
			for (const side of model.sides) {
				for (const phrase of [side.label, ...side.hide]) {
					expect(has(shown, phrase), `${item.claim.id}: “${phrase}” in “${shown}”`).toBe(false);
				}
				for (const name of sideNames(side)) {
					expect(has(shown, name, 'u'), `${item.claim.id}: “${name}” in “${shown}”`).toBe(false);
				}
			}
		}
	});

	test('a quote never gets doubled quotation marks', () => {
		for (const claim of model.claims) {
			for (const passage of quotedPassages(model, claim.id)) {
				const text = quoteParts(passage, claim.id)
					.map((p) => p.text)
					.join('');
				expect(text, claim.id).not.toMatch(/^[“"]…?[“"]|[”"]…?[”"]$/u);
			}
		}
	});
});

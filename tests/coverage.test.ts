// Coverage and omissions over every comparison in data/: each cited passage has the claims whose
// anchors fall in it, and every side silent on a row is reported, with or without sentences.
import { describe, expect, test } from 'vitest';
import { coverage, omissions } from '../src/lib/model/coverage';
import { placed } from '../src/lib/model/select';
import { models, sourceText } from './explorer-data';

describe.each(models.map((m) => [m.id, m] as const))('%s', (id, model) => {
	test('coverage: one entry per passage, with the claims that cite it', () => {
		const bands = coverage(model);
		expect(bands.map((b) => b.passage)).toEqual(model.passages.map((p) => p.id));
		for (const claim of model.claims) {
			for (const anchor of placed(claim)) {
				const band = bands.find((b) => b.passage === anchor.passage)!;
				expect(band.claims, claim.id).toContain(claim.id);
				if (claim.voice.kind === 'side') expect(band.sides).toContain(claim.voice.side);
				else expect(band.author).toBe(true);
			}
		}
	});

	test('omissions: every silent side of every row, and only sentences no claim cites', () => {
		const text = sourceText(id);
		const found = omissions(model, text);
		expect(found.map((o) => `${o.row}:${o.side}`)).toEqual(
			model.rows.flatMap((r) => r.silent.map((s) => `${r.id}:${s}`))
		);
		const cited = model.claims.flatMap((c) => placed(c));
		for (const o of found) {
			expect(o.kind).toBe(o.sentences.length > 0 ? 'omission' : 'nothing');
			for (const s of o.sentences) {
				expect(cited.some((a) => a.start < s.end && a.end > s.start)).toBe(false);
			}
		}
	});
});

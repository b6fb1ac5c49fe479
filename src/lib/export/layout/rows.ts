import { labelsOf } from '../../model/labels';
import { claimOf, sideLabels } from '../../model/select';
import type { ClaimModel, ComparisonModel } from '../../model/types';
import { voiceColumn } from '../../model/voice';
import type { ExportOptions, Item, RowContent } from './types';

/**
 * The rows to draw: the chosen one or all, each side's column in order (its claims, and the
 * author's accounts of it while the author's words are on), then the author's framing.
 */
export function collectRows(model: ComparisonModel, options: ExportOptions): RowContent[] {
	const labels = labelsOf(model);
	const rows = model.rows.filter((r) => !options.row || r.id === options.row);
	if (options.row && rows.length === 0) throw new Error(`No row "${options.row}" in ${model.id}`);
	const labelOf = (claim: ClaimModel) => {
		const side = model.sides[voiceColumn(claim.voice) ?? -1];
		if (!side || claim.voice.kind === 'framing') return labels.framing.short;
		if (claim.voice.kind === 'account') return labels.account.short(side.label);
		return labels.step.image(side.label, model.layout === 'sequence' ? claim.step : undefined);
	};
	const item = (id: string): Item[] => {
		const claim = claimOf(model, id);
		if (!claim || (claim.voice.kind !== 'side' && !options.author)) return [];
		return [
			{
				kind: 'claim',
				claim,
				voice: claim.voice,
				label: labelOf(claim),
				attribution: claim.attribution
			}
		];
	};
	const content: RowContent[] = rows.map((row) => {
		const items: Item[] = row.cells.flatMap((cell) => cell.claims.flatMap(item));
		items.push(...row.framing.flatMap(item));
		if (row.silent.length > 0) {
			items.push({ kind: 'empty', text: labels.empty.image(sideLabels(model, row.silent)) });
		}
		return { id: row.id, label: row.label, note: row.description, items };
	});
	if (options.author && !options.row && model.framingElsewhere.length > 0) {
		content.push({
			id: 'author-elsewhere',
			label: labels.elsewhere.image,
			note: labels.elsewhere.imageNote,
			items: model.framingElsewhere.flatMap(item)
		});
	}
	return content;
}

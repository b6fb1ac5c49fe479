import { labels } from '../../model/labels';
import { claimOf, sideLabels } from '../../model/select';
import type { ComparisonModel } from '../../model/types';
import { voiceSide } from '../../model/voice';
import type { ExportOptions, Item, RowContent } from './types';

/** The rows to draw: the chosen one or all, each side's claims in order, then the author's framing. */
export function collectRows(model: ComparisonModel, options: ExportOptions): RowContent[] {
	const rows = model.rows.filter((r) => !options.row || r.id === options.row);
	if (options.row && rows.length === 0) throw new Error(`No row "${options.row}" in ${model.id}`);
	const item = (id: string): Item[] => {
		const claim = claimOf(model, id);
		if (!claim) return [];
		const side = model.sides[voiceSide(claim.voice) ?? -1];
		const step = model.layout === 'sequence' ? claim.step : undefined;
		return [
			{
				kind: 'claim',
				claim,
				voice: claim.voice,
				label: side ? labels.step.image(side.label, step) : labels.author.short,
				attribution: claim.attribution
			}
		];
	};
	const content: RowContent[] = rows.map((row) => {
		const items: Item[] = row.cells.flatMap((cell) => cell.claims.flatMap(item));
		if (options.author) items.push(...row.author.flatMap(item));
		if (row.silent.length > 0) {
			items.push({ kind: 'empty', text: labels.empty.image(sideLabels(model, row.silent)) });
		}
		return { id: row.id, label: row.label, note: row.description, items };
	});
	if (options.author && !options.row && model.authorElsewhere.length > 0) {
		content.push({
			id: 'author-elsewhere',
			label: labels.elsewhere.image,
			note: labels.elsewhere.imageNote,
			items: model.authorElsewhere.flatMap(item)
		});
	}
	return content;
}

import { labelsOf } from '../../model/labels';
import { claimOf, sideLabels } from '../../model/select';
import type { ClaimModel, ComparisonModel } from '../../model/types';
import { voiceColumn } from '../../model/voice';
import type { ClaimItem, ColumnRow, ExportOptions, Item, RowContent } from './types';

/** Turns a claim id into what a row lists of it: nothing when it is the author's and that layer is off. */
function itemsOf(model: ComparisonModel, options: ExportOptions) {
	const labels = labelsOf(model);
	const labelOf = (claim: ClaimModel) => {
		const side = model.sides[voiceColumn(claim.voice) ?? -1];
		if (!side || claim.voice.kind === 'framing') return labels.framing.short;
		if (claim.voice.kind === 'account') return labels.account.short(side.label);
		return labels.step.image(side.label, model.layout === 'sequence' ? claim.step : undefined);
	};
	return (id: string): ClaimItem[] => {
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
}

/** The dimension rows to draw: the chosen one or all. */
function chosenRows(model: ComparisonModel, options: ExportOptions) {
	const rows = model.rows.filter((r) => !options.row || r.id === options.row);
	if (options.row && rows.length === 0) throw new Error(`No row "${options.row}" in ${model.id}`);
	return rows;
}

/**
 * The rows to draw as a list: each side's column in order (its claims, and the author's accounts
 * of it while the author's words are on), then the author's framing.
 */
export function collectRows(model: ComparisonModel, options: ExportOptions): RowContent[] {
	const labels = labelsOf(model);
	const item = itemsOf(model, options);
	const content: RowContent[] = chosenRows(model, options).map((row) => {
		const items: Item[] = row.cells.flatMap((cell) => cell.claims.flatMap(item));
		items.push(...row.framing.flatMap(item));
		if (row.silent.length > 0) {
			items.push({ kind: 'empty', text: labels.empty.image(sideLabels(model, row.silent)) });
		}
		return { id: row.id, label: row.label, note: row.description, items };
	});
	const elsewhere = elsewhereRow(model, options);
	if (elsewhere) content.push({ ...elsewhere, items: elsewhere.framing });
	return content;
}

/** The author's framing that belongs to no row, as a row of its own, when it is shown. */
function elsewhereRow(model: ComparisonModel, options: ExportOptions) {
	if (!options.author || options.row || model.framingElsewhere.length === 0) return undefined;
	const labels = labelsOf(model);
	return {
		id: 'author-elsewhere',
		label: labels.elsewhere.image,
		note: labels.elsewhere.imageNote,
		framing: model.framingElsewhere.flatMap(itemsOf(model, options))
	};
}

/**
 * The rows to draw side by side: per side, its column on the row (its claims, then the author's
 * accounts of it); the author's framing of the row for its band; and the row's step in a sequence.
 */
export function collectColumnRows(model: ComparisonModel, options: ExportOptions): ColumnRow[] {
	const item = itemsOf(model, options);
	const rows: ColumnRow[] = chosenRows(model, options).map((row) => ({
		id: row.id,
		label: row.label,
		note: row.description,
		index: model.rows.indexOf(row),
		step: row.step,
		cells: row.cells.map((cell) => cell.claims.flatMap(item)),
		framing: row.framing.flatMap(item)
	}));
	const elsewhere = elsewhereRow(model, options);
	if (elsewhere) rows.push({ ...elsewhere, index: -1, cells: [], framing: elsewhere.framing });
	return rows;
}

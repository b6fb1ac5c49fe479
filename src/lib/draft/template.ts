import { draftFrom, type Draft, type Template } from './draft';
import { comparisonProblem } from './migrate';

/**
 * A new draft from a comparison's template file (`/c/<id>/template.json`): fetched only when a
 * teacher asks for it, checked, and copied under a fresh id. Throws with a reason in words.
 */
export async function draftFromTemplate(url: string): Promise<Draft> {
	let response: Response;
	try {
		response = await fetch(url);
	} catch {
		throw new Error('the comparison could not be loaded (is the connection down?)');
	}
	if (!response.ok) throw new Error(`the comparison could not be loaded (${response.status})`);
	const template = (await response.json().catch(() => undefined)) as Template | undefined;
	const problem =
		typeof template?.source?.text !== 'string' || typeof template.source.meta !== 'object'
			? 'it has no source text'
			: comparisonProblem(template.comparison);
	if (problem) throw new Error(`the comparison cannot be used as a template: ${problem}`);
	return draftFrom(template!.comparison, template!.source);
}

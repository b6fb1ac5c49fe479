import type { Problem } from '../model/validate.ts';
import type { RawFile } from './catalog.ts';

type Content = string | Uint8Array;
type Readable = { path: string; content: Content };

/** What each folder of the data holds, for messages about a file that does not belong. */
const expected: Record<string, { pattern: RegExp; what: string }> = {
	sources: { pattern: /\.(json|txt)$/, what: 'a source’s .json metadata and its .txt text' },
	comparisons: { pattern: /\.json$/, what: 'one .json file per comparison' }
};

/**
 * Sorts the data folder's entries into source metadata, source texts and comparisons. An entry
 * the build cannot take is refused with a problem (a folder named like a data file, an extension
 * in the wrong case, a file that cannot be read); any other file it does not read is named in a
 * warning, so a misplaced comparison is never silently dropped. `schema/` holds the published
 * JSON Schemas, which the build writes and never reads.
 */
export function sortFiles(files: RawFile[], root: string) {
	const metas: Readable[] = [];
	const texts = new Map<string, Content>();
	const comparisons: Readable[] = [];
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	const refuse = (path: string, message: string) =>
		problems.push({ file: `${root}/${path}`, field: '(file)', message });
	const skip = (path: string, message: string) =>
		warnings.push({ file: `${root}/${path}`, field: '(file)', message });

	for (const file of files) {
		const [folder, name, ...deeper] = file.path.split('/');
		if (folder === 'schema') continue;
		const rule = name !== undefined && deeper.length === 0 ? expected[folder!] : undefined;
		if ('unreadable' in file) {
			refuse(file.path, `could not be read (${file.unreadable})`);
		} else if ('directory' in file) {
			if (/\.(json|txt)$/i.test(file.path)) {
				refuse(file.path, `is a folder, not a file: ${where(folder!, rule)}`);
			} else {
				skip(file.path, `folder not read: ${where(folder!, rule)}`);
			}
		} else if (!rule) {
			skip(file.path, `not read: ${where(folder!, undefined)}`);
		} else if (!rule.pattern.test(name!)) {
			const lower = name!.replace(/\.[^.]+$/, (ext) => ext.toLowerCase());
			if (rule.pattern.test(lower)) {
				refuse(
					file.path,
					`not read: the extension must be lower-case; rename it to ${root}/${folder}/${lower}`
				);
			} else {
				skip(file.path, `not read: ${where(folder!, rule)}`);
			}
		} else if (folder === 'comparisons') {
			comparisons.push(file);
		} else if (name!.endsWith('.json')) {
			metas.push(file);
		} else {
			texts.set(file.path, file.content);
		}
	}
	return { metas, texts, comparisons, problems, warnings };
}

function where(folder: string, rule: { what: string } | undefined): string {
	return rule
		? `${folder}/ holds ${rule.what}`
		: 'the build reads sources/ (metadata and texts) and comparisons/ (one .json file each)';
}

/** The modes a comparison can be opened in. */
export type Mode = 'explorer' | 'present' | 'quiz' | 'handout';

/**
 * Where each mode of one comparison lives, and the list of all comparisons; made by the routes.
 * A comparison on the site offers itself as a `template` for a draft; a draft offers its `edit`or.
 * `file` is its comparison file, when the comparison has one as a download.
 */
export type ModeLinks = { home: string } & Record<Mode, string> & {
		template?: string;
		edit?: string;
		file?: string;
	};

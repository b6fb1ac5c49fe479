/** The modes a comparison can be opened in. */
export type Mode = 'explorer' | 'present' | 'quiz' | 'handout';

/**
 * Where each mode of one comparison lives, and the list of all comparisons; made by the routes.
 * `file` is its comparison file, when the comparison has one on the site.
 */
export type ModeLinks = { home: string; file?: string } & Record<Mode, string>;

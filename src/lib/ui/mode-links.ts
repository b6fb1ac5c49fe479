/** The modes a comparison can be opened in. */
export type Mode = 'explorer' | 'present' | 'quiz' | 'handout';

/** Where each mode of one comparison lives, and the list of all comparisons; made by the routes. */
export type ModeLinks = { home: string } & Record<Mode, string>;

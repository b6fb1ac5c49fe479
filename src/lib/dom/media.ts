import { MediaQuery } from 'svelte/reactivity';

/** Where the explorer's panes sit side by side and links are drawn. */
export const WIDE = '(min-width: 1024px)';

/** Whether the panes sit side by side now; reactive. */
export const wide = new MediaQuery(WIDE);

/** Where a slide has room to scale its type to fit instead of scrolling. */
export const ROOMY = '(min-width: 48rem)';

/** Whether a slide has room to scale its type to fit now; reactive. */
export const roomy = new MediaQuery(ROOMY);

export { prefersReducedMotion } from 'svelte/motion';

/**
 * How long a field of a comparison may be. Every field is read on a card, a slide, a button or an
 * image, so a runaway value (an article pasted into a label) is refused by the schema with a
 * message rather than breaking a layout or the quiz. Apart from the schema so the browser code
 * that relies on them does not load valibot.
 */

/** Any text field: a paragraph at most. */
export const MAX_TEXT = 2000;
/** A side's or a row's name, shown in badges, legends, buttons and the quiz's answers. */
export const MAX_LABEL = 60;
/** A one-line field: a title, an attribution, a "when". */
export const MAX_LINE = 300;
/** An id: it names a folder of the built site and appears in every link to a view. */
export const MAX_ID = 80;

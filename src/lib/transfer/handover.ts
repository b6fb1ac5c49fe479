/** The sessionStorage key a file chosen on the index waits under for `/open/`. */
export const OPEN_KEY = 'standpoint:open';

/** What is handed over in sessionStorage: the file's name and its text. */
export type Handover = { name: string; text: string };

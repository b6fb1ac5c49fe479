import interRegular from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import interSemibold from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import serifItalic from '@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2?url';
import serifRegular from '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2?url';
import type { EmbeddedFont } from './render';
import { cssFont, type FontFamily, type MeasureText } from './text';

/**
 * The faces the export embeds: @fontsource's whole Latin files, which the page's smaller subsets
 * (src/lib/fonts) are cut from, so a teacher's text in French or German is set in the embedded
 * face too. The page loads the same files when its text needs more than its subsets hold.
 */
const files: (Omit<EmbeddedFont, 'base64'> & { url: string })[] = [
	{ family: 'sans', weight: 400, style: 'normal', url: interRegular },
	{ family: 'sans', weight: 600, style: 'normal', url: interSemibold },
	{ family: 'serif', weight: 400, style: 'normal', url: serifRegular },
	{ family: 'serif', weight: 400, style: 'italic', url: serifItalic }
];

/**
 * Names the measuring faces are registered under in the page: apart from the page's own Inter
 * and Source Serif 4 (which span several subsets), so measuring sees exactly the embedded files.
 */
const measuringNames: Record<FontFamily, string> = {
	sans: 'Standpoint Export Inter',
	serif: 'Standpoint Export Source Serif'
};

export type ExportFonts = { embedded: EmbeddedFont[]; measure: MeasureText };

let loading: Promise<ExportFonts> | undefined;

/**
 * Fetches the font files once (same origin, usually from cache), registers them for canvas
 * measuring and returns them base64-encoded for embedding. Resolves only once every face is loaded.
 */
export function loadExportFonts(): Promise<ExportFonts> {
	loading ??= load().catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}

async function load(): Promise<ExportFonts> {
	const embedded = await Promise.all(
		files.map(async ({ url, ...font }) => {
			const response = await fetch(url).catch(() => {
				throw new Error(`could not load the font file ${url} (offline?)`);
			});
			if (!response.ok) {
				throw new Error(`could not load the font file ${url} (HTTP ${response.status})`);
			}
			const bytes = await response.arrayBuffer();
			const face = new FontFace(measuringNames[font.family], bytes, {
				weight: String(font.weight),
				style: font.style
			});
			document.fonts.add(await face.load());
			return { ...font, base64: toBase64(bytes) };
		})
	);
	await document.fonts.ready;
	const context = document.createElement('canvas').getContext('2d');
	if (!context) throw new Error('this browser cannot measure text (no 2D canvas)');
	const measure: MeasureText = (text, font) => {
		context.font = cssFont(font, measuringNames[font.family]);
		return context.measureText(text).width;
	};
	return { embedded, measure };
}

function toBase64(buffer: ArrayBuffer): string {
	const bytes = new Uint8Array(buffer);
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

// `npm run fonts`: writes src/lib/fonts/ — the web fonts the pages load, and the fallback faces
// that stand in for them until they arrive. Run it after changing a font package or the characters
// below, and commit what it writes.
//
// Three things keep a page still while its fonts load, and keep it small:
// 1. Each face (Inter 400 and 600, Source Serif 4 400 and italic) is cut down, with HarfBuzz's
//    subsetter, to the characters the site itself uses: Basic Latin and the typographic
//    punctuation of the texts. Every other character stays reachable through `unicode-range`: the
//    rest of @fontsource's Latin file and its Latin Extended, Greek, Cyrillic and Vietnamese
//    files are still declared, so a text in French, Polish or Greek is set in the same face and
//    only such a page downloads those files.
// 2. A fallback face for each web face (`'Inter fallback Arial'`, …) maps a font the reader
//    already has onto the web font's proportions, using `size-adjust` and the ascent, descent and
//    line-gap overrides that Capsize computes from both fonts' real metrics: text set in the
//    fallback breaks into lines about where the web font will, so the swap hardly moves anything.
//    The fallbacks cover Arial and Times New Roman (Windows, macOS, iOS; Liberation and
//    Arimo/Tinos, their metric twins, on Linux and ChromeOS) and DejaVu (Linux's default).
//    Their metrics are read from metric-compatible font files in npm packages (Arimo, Tinos,
//    DejaVu), the bold and italic faces from their own files.
// 3. The layout preloads the faces every page's first screen needs (see src/routes/+layout.svelte).
import { createFontStack } from '@capsizecss/core';
import { fromFile } from '@capsizecss/unpack/fs';
import { create } from 'fontkitten';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import subsetFont from 'subset-font';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'src/lib/fonts');
const require = createRequire(import.meta.url);
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));

/**
 * The characters every face keeps: Basic Latin, the no-break space, and the punctuation and signs
 * the texts and the interface use (the seed's curly quotes, dashes, non-breaking hyphen and
 * ellipsis; the interface's · × ↑ ↓ −), with the quotes of other European languages.
 */
const CORE = [
	[0x20, 0x7e],
	[0xa0],
	[0xab],
	[0xb7],
	[0xbb],
	[0xd7],
	[0x2011],
	[0x2013, 0x2014],
	[0x2018, 0x201a],
	[0x201c, 0x201e],
	[0x2022],
	[0x2026],
	[0x2039, 0x203a],
	[0x2191],
	[0x2193],
	[0x2212]
];

/**
 * OpenType features kept in the subsets: those browsers apply to Latin text by default, and
 * `tnum`, which the timeline and the presenter's progress ask for. Dropping the stylistic sets
 * and alternates the site never turns on saves a tenth of each file and changes no glyph shown.
 */
const FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'calt', 'clig', 'rlig', 'rclt'];
FEATURES.push('rvrn', 'curs', 'dist', 'tnum');

const fontsource = (pkg) => join(packageDir(`@fontsource/${pkg}`), 'files');
const arimo = fontsource('arimo');
const tinos = fontsource('tinos');
const dejavu = join(packageDir('dejavu-fonts-ttf'), 'ttf');

/**
 * The faces the site uses, each with the fallbacks that stand in for it. A fallback lists the
 * local names of fonts with the same advance widths (so one set of overrides fits them all) and
 * a file with those widths to read the metrics from.
 */
const families = [
	{
		family: 'Inter',
		pkg: 'inter',
		fallbacks: ['Arial', 'DejaVu'],
		faces: [
			{
				weight: 400,
				style: 'normal',
				css: '400.css',
				fallbacks: {
					Arial: {
						local: [
							'Arial',
							'ArialMT',
							'Liberation Sans',
							'LiberationSans',
							'Arimo',
							'Arimo-Regular'
						],
						file: join(arimo, 'arimo-latin-400-normal.woff2')
					},
					DejaVu: {
						local: ['DejaVu Sans', 'DejaVuSans'],
						file: join(dejavu, 'DejaVuSans.ttf')
					}
				}
			},
			{
				weight: 600,
				style: 'normal',
				css: '600.css',
				// Arial and DejaVu have no semibold: the browser would take their bold for 600.
				fallbacks: {
					Arial: {
						local: [
							'Arial Bold',
							'Arial-BoldMT',
							'Liberation Sans Bold',
							'LiberationSans-Bold',
							'Arimo Bold',
							'Arimo-Bold'
						],
						file: join(arimo, 'arimo-latin-700-normal.woff2')
					},
					DejaVu: {
						local: ['DejaVu Sans Bold', 'DejaVuSans-Bold'],
						file: join(dejavu, 'DejaVuSans-Bold.ttf')
					}
				}
			}
		]
	},
	{
		family: 'Source Serif 4',
		pkg: 'source-serif-4',
		fallbacks: ['Times New Roman', 'DejaVu'],
		faces: [
			{
				weight: 400,
				style: 'normal',
				css: '400.css',
				fallbacks: {
					'Times New Roman': {
						local: [
							'Times New Roman',
							'TimesNewRomanPSMT',
							'Liberation Serif',
							'LiberationSerif',
							'Tinos',
							'Tinos-Regular'
						],
						file: join(tinos, 'tinos-latin-400-normal.woff2')
					},
					DejaVu: {
						local: ['DejaVu Serif', 'DejaVuSerif'],
						file: join(dejavu, 'DejaVuSerif.ttf')
					}
				}
			},
			{
				weight: 400,
				style: 'italic',
				css: '400-italic.css',
				fallbacks: {
					'Times New Roman': {
						local: [
							'Times New Roman Italic',
							'TimesNewRomanPS-ItalicMT',
							'Liberation Serif Italic',
							'LiberationSerif-Italic',
							'Tinos Italic',
							'Tinos-Italic'
						],
						file: join(tinos, 'tinos-latin-400-italic.woff2')
					},
					DejaVu: {
						local: ['DejaVu Serif Italic', 'DejaVuSerif-Italic'],
						file: join(dejavu, 'DejaVuSerif-Italic.ttf')
					}
				}
			}
		]
	}
];

const hex = (n) => n.toString(16).toUpperCase().padStart(4, '0');
const core = new Set(CORE.flatMap(([from, to = from]) => range(from, to)));

function range(from, to) {
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Parses a `unicode-range` value into the set of code points it names. */
function parseRange(value) {
	const points = new Set();
	for (const part of value.split(',')) {
		const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
		for (const p of range(parseInt(from, 16), parseInt(to, 16))) points.add(p);
	}
	return points;
}

/** Writes a set of code points as a compact `unicode-range` value. */
function formatRange(points) {
	const sorted = [...points].sort((a, b) => a - b);
	const parts = [];
	for (let i = 0; i < sorted.length; i++) {
		let j = i;
		while (sorted[j + 1] === sorted[j] + 1) j++;
		parts.push(j > i ? `U+${hex(sorted[i])}-${hex(sorted[j])}` : `U+${hex(sorted[i])}`);
		i = j;
	}
	return parts.join(',');
}

/**
 * The @font-face rules of one @fontsource CSS file: each subset's woff2 file and the characters
 * it really has. A range names some the file lacks (Inter has no U+2011, the non-breaking
 * hyphen): claiming those would fetch the file for nothing and set them in a fallback face that
 * was resized for Inter, where the browser's own fallback sets them today.
 */
function readFontsource(pkg, css) {
	const text = readFileSync(join(packageDir(`@fontsource/${pkg}`), css), 'utf8');
	return [...text.matchAll(/\/\* ([\w-]+) \*\/\s*@font-face\s*{([^}]*)}/g)].map(
		([, name, body]) => {
			const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)[1];
			const has = new Set(create(readFileSync(join(fontsource(pkg), file))).characterSet);
			const range = parseRange(/unicode-range:\s*([^;]+);/.exec(body)[1]);
			return { name, file, range: new Set([...range].filter((p) => has.has(p))) };
		}
	);
}

const fontFace = (declarations) =>
	`@font-face {\n${Object.entries(declarations)
		.map(([property, value]) => `\t${property}: ${value};`)
		.join('\n')}\n}`;

/**
 * Builds everything `npm run fonts` writes: the subset files by name, the stylesheet, and a line
 * per face on its size. Writes nothing, so a test can compare it with what is committed.
 */
export async function buildFonts() {
	const files = new Map();
	const rules = [];
	const report = [];
	for (const { family, pkg, faces, fallbacks } of families) {
		const metrics = new Map();
		const covered = new Map();
		for (const face of faces) {
			const subsets = readFontsource(pkg, face.css);
			const latin = subsets.find((s) => s.name === `${pkg}-latin-${face.weight}-${face.style}`);
			if (!latin) throw new Error(`no Latin subset in @fontsource/${pkg}/${face.css}`);
			const own = new Set([...core].filter((p) => latin.range.has(p)));
			covered.set(face, new Set(subsets.flatMap((s) => [...s.range])));

			const path = join(fontsource(pkg), latin.file);
			metrics.set(face, await fromFile(path));
			const source = readFileSync(path);
			const subset = await subsetFont(source, String.fromCodePoint(...own), {
				targetFormat: 'woff2',
				keepFeatures: FEATURES
			});
			const file = `${pkg}-${face.weight}-${face.style}.woff2`;
			files.set(file, subset);
			report.push(
				`${family} ${face.weight} ${face.style}: ${source.length} → ${subset.length} bytes`
			);

			const descriptors = {
				'font-family': `'${family}'`,
				'font-style': face.style,
				'font-weight': face.weight,
				'font-display': 'swap'
			};
			const src = (url) => `url('${url}') format('woff2')`;
			rules.push(`/* ${family} ${face.weight} ${face.style}: the site's own characters */`);
			rules.push(
				fontFace({ ...descriptors, src: src(`./${file}`), 'unicode-range': formatRange(own) })
			);
			rules.push(
				`/* … and the rest of Latin and the other scripts, loaded by a page that uses them */`
			);
			for (const s of subsets) {
				const points = s === latin ? new Set([...s.range].filter((p) => !own.has(p))) : s.range;
				rules.push(
					fontFace({
						...descriptors,
						src: src(`@fontsource/${pkg}/files/${s.file}`),
						'unicode-range': formatRange(points)
					})
				);
			}
		}

		for (const name of fallbacks) {
			rules.push(`/* ${family} set in ${name} until it arrives, with the same proportions */`);
			for (const face of faces) {
				const fallback = face.fallbacks[name];
				const { fontFaces } = createFontStack([metrics.get(face), await fromFile(fallback.file)], {
					fontFaceFormat: 'styleObject'
				});
				const overrides = fontFaces[0]['@font-face'];
				rules.push(
					fontFace({
						'font-family': `'${family} fallback ${name}'`,
						'font-style': face.style,
						'font-weight': face.weight,
						src: fallback.local.map((n) => `local('${n}')`).join(', '),
						'size-adjust': overrides.sizeAdjust,
						'ascent-override': overrides.ascentOverride,
						'descent-override': overrides.descentOverride,
						'line-gap-override': overrides.lineGapOverride ?? '0%',
						// Characters the web font lacks (arrows, symbols) keep the browser's own fallback.
						'unicode-range': formatRange(covered.get(face))
					})
				);
			}
		}
	}

	const stylesheet = join(out, 'fonts.css');
	const css = `/* Written by \`npm run fonts\` (scripts/fonts.mjs): do not edit. */\n\n${rules.join('\n')}\n`;
	// Formatted as the linter wants it, so a fresh run leaves nothing to fix.
	const options = { ...(await resolveConfig(stylesheet)), filepath: stylesheet };
	files.set('fonts.css', Buffer.from(await format(css, options)));
	return { files, report };
}

/** The folder `npm run fonts` writes. */
export const fontsDir = out;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { files, report } = await buildFonts();
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	for (const [name, bytes] of files) writeFileSync(join(out, name), bytes);
	console.log(report.join('\n'));
}

/** The image shapes a teacher can export. */
export type PresetId = 'slide' | 'handout' | 'screen';

export type Preset = {
	id: PresetId;
	label: string;
	width: number;
	/** Fixed page height, or null when the page grows with its content ("as on screen"). */
	height: number | null;
	/** Claim text size in CSS px at scale 1; every other size derives from it. */
	base: number;
	margin: number;
	/**
	 * Type scales tried in order when everything might fit on one image: the first that fits wins.
	 * Above 1 enlarges a short comparison to fill a slide; below 1 shrinks a slightly long one
	 * rather than splitting it. When none fits, the comparison is split over several images at 1.
	 */
	scales: number[];
	/** The smallest type scale ever used: on a slide claim text never goes below 28 px, read from the back of a room. */
	minScale: number;
};

/** Largest side of a page, in CSS px, for presets whose height grows. */
export const maxPageHeight = 16000;

/** Chromium, Firefox and Safari all refuse canvases much above 16,384 px a side. */
export const canvasLimits = {
	maxSide: 16000,
	/** Firefox's historic area limit (about 11,180² px); the strictest of the desktop browsers. */
	maxArea: 124_992_400
};

const slide: Preset = {
	id: 'slide',
	label: 'Slide 16:9',
	width: 1920,
	height: 1080,
	base: 28,
	margin: 48,
	scales: [1.3, 1.2, 1.1, 1],
	minScale: 1
};

/** A4 proportions (1 : √2) at 150 dpi, so 20 px text prints at about 10 pt. */
const handout: Preset = {
	id: 'handout',
	label: 'Handout A4 portrait',
	width: 1240,
	height: 1754,
	base: 20,
	margin: 80,
	scales: [1.1, 1.05, 1, 0.95, 0.9, 0.85, 0.8],
	minScale: 0.5
};

/** Narrowest and widest "as on screen" image, so a phone or an ultra-wide screen still gives a usable layout. */
const screenWidthRange = { min: 320, max: 3840 };

/** The preset with its size resolved; `viewportWidth` sizes the "as on screen" preset. */
export function resolvePreset(id: PresetId, viewportWidth = 1280): Preset {
	if (id === 'slide') return slide;
	if (id === 'handout') return handout;
	const width = Math.round(
		Math.min(screenWidthRange.max, Math.max(screenWidthRange.min, viewportWidth))
	);
	return {
		id: 'screen',
		label: 'As on screen',
		width,
		height: null,
		// Grows on wide screens so quote lines stay near 90 characters rather than 120.
		base: Math.round(Math.min(22, Math.max(16, width / 96))),
		margin: width < 600 ? 16 : 32,
		scales: [1],
		minScale: 0.5
	};
}

/** What the menu shows for each preset. */
export function presetDescription(id: PresetId, viewportWidth = 1280): string {
	const preset = resolvePreset(id, viewportWidth);
	return preset.height === null
		? `${preset.label} (${preset.width} px wide)`
		: `${preset.label} (${preset.width} × ${preset.height})`;
}

/**
 * The pixel ratio to rasterise a `width` × `height` CSS px page at: the requested one (2 for
 * sharp text) unless that would pass the browsers' canvas limits.
 */
export function clampPixelRatio(width: number, height: number, requested = 2): number {
	const bySide = canvasLimits.maxSide / Math.max(width, height);
	const byArea = Math.sqrt(canvasLimits.maxArea / (width * height));
	const ratio = Math.min(requested, bySide, byArea);
	return Math.floor(ratio * 100) / 100;
}

import { describe, expect, test } from 'vitest';
import { canvasLimits, clampPixelRatio, presetDescription, resolvePreset } from './presets';

describe('resolvePreset', () => {
	test('slide is 16:9 at 1920 × 1080', () => {
		expect(resolvePreset('slide')).toMatchObject({ width: 1920, height: 1080 });
	});

	test('handout has A4 proportions (1 : √2)', () => {
		const { width, height } = resolvePreset('handout');
		expect([width, height]).toEqual([1240, 1754]);
		expect(height! / width).toBeCloseTo(Math.SQRT2, 2);
	});

	test.each([
		{ viewport: 390, width: 390 },
		{ viewport: 1280, width: 1280 },
		{ viewport: 200, width: 320 },
		{ viewport: 5120, width: 3840 }
	])(
		'as on screen at $viewport px is $width px wide and grows in height',
		({ viewport, width }) => {
			expect(resolvePreset('screen', viewport)).toMatchObject({ width, height: null });
		}
	);

	test.each([
		{ viewport: 390, base: 16 },
		{ viewport: 1536, base: 16 },
		{ viewport: 1920, base: 20 },
		{ viewport: 3840, base: 22 }
	])('as on screen at $viewport px sets claims at $base px', ({ viewport, base }) => {
		expect(resolvePreset('screen', viewport).base).toBe(base);
	});

	test('descriptions name the size', () => {
		expect(presetDescription('slide')).toBe('Slide 16:9 (1920 × 1080)');
		expect(presetDescription('screen', 390)).toBe('As on screen (390 px wide)');
	});
});

describe('clampPixelRatio', () => {
	test.each([
		{ width: 1920, height: 1080, requested: 2, ratio: 2 },
		{ width: 1240, height: 1754, requested: 3, ratio: 3 },
		// A long "as on screen" image: 2× would be 24,000 px tall.
		{ width: 1280, height: 12000, requested: 2, ratio: 1.33 },
		{ width: 1280, height: 16000, requested: 2, ratio: 1 },
		// Under the side limit but over the area limit.
		{ width: 7000, height: 7000, requested: 2, ratio: 1.59 }
	])('$width × $height at $requested× → $ratio×', ({ width, height, requested, ratio }) => {
		const clamped = clampPixelRatio(width, height, requested);
		expect(clamped).toBe(ratio);
		expect(Math.max(width, height) * clamped).toBeLessThanOrEqual(canvasLimits.maxSide);
		expect(width * height * clamped ** 2).toBeLessThanOrEqual(canvasLimits.maxArea);
	});
});

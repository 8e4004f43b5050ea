import { describe, expect, it } from 'vitest';
import { luminance, textColorOn } from './textColorOn';

const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
};

describe('luminance', () => {
	it.each([
		['#fff', 1],
		['#ffffff', 1],
		['rgb(255, 255, 255)', 1],
		['#000', 0]
	])('%s → %d', (color, expected) => {
		expect(luminance(color)).toBeCloseTo(expected, 10);
	});
});

describe('textColorOn', () => {
	it.each([
		['#ffffff', '#000'],
		['#1d4e89', '#fff'],
		['rgb(142, 166, 196)', '#000'],
		['rgb(29, 78, 137)', '#fff']
	])('%s → %s', (background, expected) => {
		expect(textColorOn(background)).toBe(expected);
	});

	it('always gives at least 4.5:1 along the matrix scale', () => {
		for (let t = 0; t <= 1; t += 0.01) {
			const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
			const background = `rgb(${mix(255, 29)}, ${mix(255, 78)}, ${mix(255, 137)})`;
			expect(contrast(background, textColorOn(background))).toBeGreaterThanOrEqual(4.5);
		}
	});
});

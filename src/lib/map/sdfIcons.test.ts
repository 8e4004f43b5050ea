import { describe, expect, it } from 'vitest';
import { ICON_RADIUS, polygonDistance, sdfIcon } from './sdfIcons';

const alpha = (image: { width: number; data: Uint8ClampedArray }, col: number, row: number) =>
	image.data[(row * image.width + col) * 4 + 3]! / 255;

describe('polygonDistance', () => {
	const square: [number, number][] = [
		[-1, -1],
		[1, -1],
		[1, 1],
		[-1, 1]
	];
	it.each([
		[[0, 0], 1],
		[[0.5, 0], 0.5],
		[[2, 0], -1],
		[[2, 2], -Math.SQRT2]
	] as [[number, number], number][])('%j → %d', (point, expected) => {
		expect(polygonDistance(point, square)).toBeCloseTo(expected, 9);
	});
});

describe('sdfIcon', () => {
	it('encodes the circle edge at 0.75, full inside and empty far outside', () => {
		const icon = sdfIcon('circle');
		const c = icon.width / 2;
		expect(icon.width).toBe(icon.height);
		expect(alpha(icon, c, c)).toBe(1);
		// The edge runs between these two pixels.
		expect(alpha(icon, c + ICON_RADIUS - 1, c)).toBeGreaterThan(0.75);
		expect(alpha(icon, c + ICON_RADIUS, c)).toBeLessThan(0.75);
		expect(alpha(icon, 0, 0)).toBe(0);
	});

	it('draws a diamond: its corners along the axes, empty along the diagonals', () => {
		const icon = sdfIcon('diamond');
		const c = icon.width / 2;
		expect(alpha(icon, c, 3 + Math.floor(c - ICON_RADIUS))).toBeGreaterThan(0.75);
		expect(alpha(icon, c + 10, c + 10)).toBeLessThan(0.75);
		// The same offset from the centre is inside the circle.
		const circle = sdfIcon('circle');
		expect(alpha(circle, circle.width / 2 + 10, circle.width / 2 + 10)).toBeGreaterThan(0.75);
	});

	it('points the arrow north', () => {
		const icon = sdfIcon('arrow');
		const c = icon.width / 2;
		expect(alpha(icon, c, c - 6)).toBeGreaterThan(0.75);
		expect(alpha(icon, c, c + 6)).toBeLessThan(0.75);
	});
});

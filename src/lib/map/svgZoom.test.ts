import { describe, expect, it } from 'vitest';
import { IDENTITY, MAX_ZOOM, constrain, fitPoints, zoomAround } from './svgZoom';

const size = { width: 1000, height: 500 };

describe('zoomAround', () => {
	it('doubles the scale and keeps the centre in place', () => {
		const t = zoomAround(IDENTITY, 2, size);
		expect(t).toEqual({ k: 2, x: -500, y: -250 });
		// The centre (500, 250) is still drawn at (500, 250).
		expect(t.x + t.k * 500).toBe(500);
	});

	it('never zooms out past the whole map nor in past the limit', () => {
		expect(zoomAround(IDENTITY, 0.5, size)).toEqual(IDENTITY);
		expect(zoomAround({ k: MAX_ZOOM, x: 0, y: 0 }, 2, size).k).toBe(MAX_ZOOM);
	});
});

describe('constrain', () => {
	it.each([
		[
			{ k: 2, x: 100, y: 0 },
			{ k: 2, x: 0, y: 0 }
		],
		[
			{ k: 2, x: -2000, y: -900 },
			{ k: 2, x: -1000, y: -500 }
		],
		[
			{ k: 0.5, x: 10, y: 10 },
			{ k: 1, x: 0, y: 0 }
		]
	])('%j → %j', (input, expected) => {
		expect(constrain(input, size)).toEqual(expected);
	});
});

describe('fitPoints', () => {
	it('shows the whole map for no point or for points spread over it', () => {
		expect(fitPoints([], size, 20)).toEqual(IDENTITY);
		expect(
			fitPoints(
				[
					[0, 0],
					[1000, 500]
				],
				size,
				20
			)
		).toEqual(IDENTITY);
	});

	it('zooms on a few close points, centred, with padding', () => {
		const t = fitPoints(
			[
				[400, 200],
				[440, 220]
			],
			size,
			30
		);
		expect(t.k).toBeCloseTo(Math.min(1000 / 100, 500 / 80, 8));
		expect(t.x + t.k * 420).toBeCloseTo(500);
		expect(t.y + t.k * 210).toBeCloseTo(250);
	});

	it('does not zoom closer than asked on one point', () => {
		expect(fitPoints([[500, 250]], size, 10, 4).k).toBe(4);
	});
});

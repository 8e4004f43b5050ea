import { describe, expect, it } from 'vitest';
import { WORLD_BOUNDS, initialBounds } from './initialView';

describe('initialBounds', () => {
	it('shows the whole world when there is no place', () => {
		expect(initialBounds([])).toEqual(WORLD_BOUNDS);
	});

	it('frames the places with a margin', () => {
		expect(
			initialBounds(
				[
					{ lon: -99, lat: 19 },
					{ lon: 43, lat: -12 },
					{ lon: 5, lat: 52 }
				],
				12,
				0
			)
		).toEqual([
			[-111, -24],
			[55, 64]
		]);
	});

	it('leaves room in the east for the map buttons', () => {
		const [[w], [e]] = initialBounds([
			{ lon: -99, lat: 19 },
			{ lon: 43, lat: -12 }
		]);
		expect(w).toBe(-111);
		expect(e).toBeCloseTo(55 + 0.12 * 166);
	});

	it('never frames narrower than a continent, even for one place', () => {
		const [[w, s], [e, n]] = initialBounds([{ lon: 2.4, lat: 48.9 }], 12, 0);
		expect(e - w).toBeCloseTo(40);
		expect(n - s).toBeCloseTo(40);
	});

	it('stays within the latitudes Web Mercator can show', () => {
		const [[, s], [, n]] = initialBounds([
			{ lon: 0, lat: -89 },
			{ lon: 10, lat: 89 }
		]);
		expect(s).toBeGreaterThanOrEqual(-80);
		expect(n).toBeLessThanOrEqual(84);
	});
});

import { describe, expect, it } from 'vitest';
import { hitPlace, placeLabels } from './screenPlaces';

describe('hitPlace', () => {
	const places = [
		{ id: 'seine-saint-denis', x: 100, y: 100, r: 10 },
		{ id: 'grigny', x: 100, y: 119, r: 7 },
		{ id: 'jenin', x: 300, y: 200, r: 6 }
	];
	it.each([
		[100, 100, 'seine-saint-denis'],
		[100, 121, 'grigny'],
		// Between the two, the nearer edge wins.
		[100, 109, 'seine-saint-denis'],
		[100, 112, 'grigny'],
		[309, 200, 'jenin'],
		[312, 200, null],
		[0, 0, null]
	])('(%d, %d) → %s', (x, y, expected) => {
		expect(hitPlace(places, x, y, 4)).toBe(expected);
	});
});

describe('placeLabels', () => {
	const area = { width: 400, height: 300 };
	const label = { width: 60, height: 14 };

	it('puts a lone label to the right of its symbol', () => {
		const placed = placeLabels([{ id: 'a', x: 100, y: 100, r: 8, ...label }], area);
		expect(placed.get('a')).toEqual({
			side: 'right',
			x: 111,
			y: 100,
			anchor: 'start',
			baseline: 'central'
		});
	});

	it('moves a label to the left when the right is taken or off the map', () => {
		const placed = placeLabels(
			[
				{ id: 'first', x: 100, y: 100, r: 8, ...label },
				{ id: 'second', x: 120, y: 100, r: 8, ...label },
				{ id: 'edge', x: 390, y: 250, r: 5, ...label }
			],
			area
		);
		expect(placed.get('first')?.side).toBe('left');
		expect(placed.get('second')?.side).toBe('right');
		expect(placed.get('edge')?.side).toBe('left');
	});

	it('tries only the most important labels', () => {
		const spread = [0, 1, 2, 3].map((i) => ({
			id: `p${i}`,
			x: 50 + i * 90,
			y: 150,
			r: 5,
			...label
		}));
		expect([...placeLabels(spread, area, { max: 2 }).keys()]).toEqual(['p0', 'p1']);
	});

	it('leaves out a label with nowhere to go, most important first', () => {
		const crowd = [0, 1, 2, 3, 4].map((i) => ({
			id: `p${i}`,
			x: 200,
			y: 100 + i * 12,
			r: 5,
			width: 300,
			height: 14
		}));
		const placed = placeLabels(crowd, area);
		expect(placed.has('p0')).toBe(true);
		expect(placed.size).toBeLessThan(crowd.length);
	});
});

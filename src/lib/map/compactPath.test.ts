import { geoIdentity } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { CompactPath, compactPathData } from './compactPath';

/** The absolute points of a path written with M, l (relative pairs) and z. */
function absolutePoints(d: string): [number, number][][] {
	return d
		.split('M')
		.filter(Boolean)
		.map((ring) => {
			const [start = '', rest = ''] = ring.replace(/z$/, '').split('l');
			const numbers = (text: string) => (text.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
			let [x = NaN, y = NaN] = numbers(start);
			const points: [number, number][] = [[x, y]];
			const steps = numbers(rest);
			for (let i = 0; i + 1 < steps.length; i += 2) {
				x += steps[i]!;
				y += steps[i + 1]!;
				points.push([x, y]);
			}
			return points;
		});
}

describe('CompactPath', () => {
	it('writes relative pairs, separated only where a sign does not separate them', () => {
		const path = new CompactPath(1);
		path.moveTo(10, 10);
		path.lineTo(13, 10);
		path.lineTo(13, 5);
		path.lineTo(8, 7);
		path.closePath();
		expect(path.result()).toBe('M10,10l3,0 0-5-5,2z');
	});

	it('snaps every point to the grid, so errors do not add up along a ring', () => {
		const path = new CompactPath(0.5);
		path.moveTo(0, 0);
		for (let i = 1; i <= 100; i++) path.lineTo(i * 1.3, i * 0.7);
		const ring = absolutePoints(path.result())[0]!;
		expect(ring).toHaveLength(101);
		ring.forEach(([x, y], i) => {
			expect(Math.abs(x - i * 1.3)).toBeLessThanOrEqual(0.25 + 1e-9);
			expect(Math.abs(y - i * 0.7)).toBeLessThanOrEqual(0.25 + 1e-9);
		});
	});

	it('drops points that snap onto the one before', () => {
		const path = new CompactPath(1);
		path.moveTo(0, 0);
		path.lineTo(0.2, 0.1);
		path.lineTo(2, 0);
		expect(path.result()).toBe('M0,0l2,0');
	});

	it('draws a GeoJSON polygon through d3-geo as the absolute path would, within half a step', () => {
		const square: GeoJSON.Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0.12, 0.34],
					[10.56, 0.34],
					[10.56, -7.81],
					[0.12, 0.34]
				]
			]
		};
		const d = compactPathData(geoIdentity(), square, 0.5);
		const ring = absolutePoints(d)[0]!;
		expect(ring[0]).toEqual([0, 0.5]);
		expect(ring[1]).toEqual([10.5, 0.5]);
		expect(ring[2]).toEqual([10.5, -8]);
		expect(d.endsWith('z')).toBe(true);
	});
});

import { geoMercator, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { greatCircleArc, type LonLat } from './arcs';
import { linePath, mercator } from './mercator';

/** A seeded sequence, so a failure can be replayed. */
function random(seed: number) {
	return () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
}

describe('mercator', () => {
	it('draws points as d3-geo’s geoMercator does, longitudes beyond ±180° included', () => {
		const next = random(42);
		for (let i = 0; i < 500; i++) {
			const scale = 10 + next() * 1000;
			const translate: [number, number] = [next() * 800 - 400, next() * 800 - 400];
			const point: LonLat = [next() * 720 - 360, next() * 170 - 85];
			const [x, y] = mercator(scale, translate)(point)!;
			const [dx, dy] = geoMercator().scale(scale).translate(translate)(point)!;
			expect(x).toBeCloseTo(dx, 6);
			expect(y).toBeCloseTo(dy, 6);
		}
	});

	it('inverts what it draws', () => {
		const project = mercator(300, [120, -40]);
		for (const point of [
			[2.35, 48.86],
			[-99.13, 19.43],
			[43.26, -11.7],
			[-179.5, -60]
		] as LonLat[]) {
			const [lon, lat] = project.invert!(project(point)!)!;
			expect(lon).toBeCloseTo(point[0], 9);
			expect(lat).toBeCloseTo(point[1], 9);
		}
	});
});

describe('linePath', () => {
	const project = mercator(100, [500, 300]);

	it('writes a line through the projected points, to one decimal', () => {
		expect(
			linePath(project, [
				[0, 0],
				[10, 10]
			])
		).toBe('M500,300L517.5,282.5');
	});

	it('follows d3-geo’s path of the same great-circle arc to within a pixel', () => {
		const arc = greatCircleArc([2.35, 48.86], [-99.13, 19.43]);
		const ours = [...linePath(project, arc).matchAll(/-?[\d.]+,-?[\d.]+/g)].map((m) =>
			m[0].split(',').map(Number)
		);
		const d3 = geoPath(geoMercator().scale(100).translate([500, 300])).digits(1)({
			type: 'LineString',
			coordinates: arc
		})!;
		const theirs = [...d3.matchAll(/-?[\d.]+,-?[\d.]+/g)].map((m) => m[0].split(',').map(Number));
		expect(ours.length).toBe(arc.length);
		for (const [x, y] of theirs) {
			const nearest = Math.min(...ours.map(([ox, oy]) => Math.hypot(ox! - x!, oy! - y!)));
			expect(nearest).toBeLessThan(1);
		}
	});

	it('breaks the line where it crosses the antimeridian, as a wrapping projection jumps there', () => {
		const data = linePath(project, greatCircleArc([139.7, 35.7], [-122.4, 37.8], 8));
		expect(data.match(/M/g)).toHaveLength(2);
		for (const [, x] of data.matchAll(/[ML](-?[\d.]+),/g))
			expect(Math.abs(Number(x) - 500)).toBeLessThanOrEqual(100 * Math.PI + 0.1);
	});

	it('skips points it cannot draw', () => {
		const none = Object.assign(() => null, {});
		expect(linePath(none, [[0, 0]])).toBe('');
		expect(
			linePath(project, [
				[0, 0],
				[NaN, 1],
				[10, 10]
			])
		).toBe('M500,300M517.5,282.5');
	});
});

import { geoDistance, geoInterpolate as d3Interpolate } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { arcMidpoint, bearing, geoInterpolate, greatCircleArc, type LonLat } from './arcs';

const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

describe('greatCircleArc', () => {
	it('runs from one place to the other in equal steps along the great circle', () => {
		const paris: LonLat = [2.44, 48.91];
		const jenin: LonLat = [35.3, 32.46];
		const arc = greatCircleArc(paris, jenin, 10);
		expect(arc).toHaveLength(11);
		expect(arc[0]![0]).toBeCloseTo(2.44, 4);
		expect(arc[10]![1]).toBeCloseTo(32.46, 4);
		const steps = arc.slice(1).map((p, i) => geoDistance(arc[i]!, p));
		for (const step of steps) expect(step).toBeCloseTo(geoDistance(paris, jenin) / 10, 5);
	});

	it('bends poleward, as a great circle does on a flat map', () => {
		const arc = greatCircleArc([-99.13, 19.43], [2.44, 48.91]);
		expect(Math.max(...arc.map(([, lat]) => lat))).toBeGreaterThan(48.91);
	});

	it.each([
		['Tokyo → San Francisco', [139.69, 35.69], [-122.42, 37.77]],
		['San Francisco → Tokyo', [-122.42, 37.77], [139.69, 35.69]],
		['Fiji → Samoa', [178.44, -18.14], [-171.76, -13.83]]
	] as [string, LonLat, LonLat][])(
		'%s crosses the antimeridian in one piece',
		(_name, from, to) => {
			const arc = greatCircleArc(from, to);
			for (let i = 1; i < arc.length; i++)
				expect(Math.abs(arc[i]![0] - arc[i - 1]![0])).toBeLessThan(10);
			expect(wrap(arc.at(-1)![0])).toBeCloseTo(to[0], 3);
			expect(Math.abs(arc.at(-1)![0])).toBeGreaterThan(180);
		}
	);

	it('handles one place linked to itself', () => {
		const arc = greatCircleArc([4.89, 52.37], [4.89, 52.37], 4);
		for (const [lon, lat] of arc) expect([lon, lat]).toEqual([4.89, 52.37]);
	});
});

describe('bearing and arcMidpoint', () => {
	it.each([
		[[0, 0], [0, 10], 0],
		[[0, 0], [10, 0], 90],
		[[0, 10], [0, 0], 180],
		[[0, 0], [-10, 0], 270]
	] as [LonLat, LonLat, number][])('from %j to %j is %d°', (a, b, expected) => {
		expect(bearing(a, b)).toBeCloseTo(expected, 6);
	});

	it('puts the arrow halfway and points it towards the destination', () => {
		const { point, bearing: angle } = arcMidpoint([2.44, 48.91], [43.26, -11.7]);
		expect(geoDistance(point, [2.44, 48.91])).toBeCloseTo(geoDistance(point, [43.26, -11.7]), 6);
		// Seine-Saint-Denis → Ngazidja heads south-south-east.
		expect(angle).toBeGreaterThan(135);
		expect(angle).toBeLessThan(180);
	});
});

describe('geoInterpolate', () => {
	it('is d3-geo’s, point for point', () => {
		let seed = 7;
		const next = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		for (let i = 0; i < 300; i++) {
			const a: LonLat = [next() * 360 - 180, next() * 180 - 90];
			const b: LonLat = i % 10 ? [next() * 360 - 180, next() * 180 - 90] : a;
			const [ours, theirs] = [geoInterpolate(a, b), d3Interpolate(a, b)];
			for (const t of [0, 0.25, 0.5, 0.51, 1]) {
				const [x, y] = ours(t);
				const [dx, dy] = theirs(t);
				expect(x).toBeCloseTo(dx, 9);
				expect(y).toBeCloseTo(dy, 9);
			}
		}
	});
});

import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { initialBounds, type Bounds } from './initialView';
import { equalEarthFrame } from './geoFrames';
import { geoProjectionOf } from './geoProjectionOf';
import { meetTransform, mercatorFrame, pixelProjection } from './svgProjection';

const europe: Bounds = [
	[-10, 35],
	[30, 60]
];

/** Web Mercator as MapLibre computes it: world pixels at zoom z are 512·2^z wide. */
function webMercator([lon, lat]: [number, number], worldSize: number) {
	const x = ((lon + 180) / 360) * worldSize;
	const y =
		((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) *
		worldSize;
	return [x, y];
}

describe('mercatorFrame', () => {
	it('maps the corners of the bounds onto the corners of the viewBox', () => {
		const frame = mercatorFrame(europe, 1000);
		const [nw, se] = [frame.projection([-10, 60])!, frame.projection([30, 35])!];
		expect(nw[0]).toBeCloseTo(0, 9);
		expect(nw[1]).toBeCloseTo(0, 9);
		expect(se[0]).toBeCloseTo(1000, 9);
		expect(se[1]).toBeCloseTo(frame.height, 0);
	});

	it('is Web Mercator up to scale and offset, as MapLibre draws it, so takeover does not jump', () => {
		const frame = mercatorFrame(europe, 1000);
		const [x0, y0] = webMercator([-10, 60], 512);
		const k = 1000 / (webMercator([30, 60], 512)[0]! - x0!);
		for (const place of [
			[2.44, 48.91],
			[2.39, 48.65],
			[16.37, 48.21],
			[4.89, 52.37]
		] as [number, number][]) {
			const [x, y] = webMercator(place, 512);
			const [sx, sy] = frame.projection(place)!;
			expect(sx).toBeCloseTo((x! - x0!) * k, 6);
			expect(sy).toBeCloseTo((y! - y0!) * k, 6);
		}
		expect(geoMercator().scale(1).translate([0, 0])([0, 0])).toEqual([0, 0]);
	});
});

describe('equalEarthFrame', () => {
	it('fits the whole box of the places inside the viewBox', () => {
		const bounds = initialBounds([
			{ lon: -99.13, lat: 19.43 },
			{ lon: 43.26, lat: -11.7 },
			{ lon: 4.89, lat: 52.37 },
			{ lon: -58.25, lat: -34.72 }
		]);
		const frame = equalEarthFrame(bounds, 1000);
		const [[w, s], [e, n]] = bounds;
		for (let lon = w; lon <= e; lon += 5)
			for (const lat of [s, n, (s + n) / 2]) {
				const [x, y] = frame.projection([lon, lat])!;
				expect(x).toBeGreaterThanOrEqual(-1e-6);
				expect(x).toBeLessThanOrEqual(1000 + 1e-6);
				expect(y).toBeGreaterThanOrEqual(-1e-6);
				expect(y).toBeLessThanOrEqual(frame.height + 1);
			}
	});

	it.each([
		['mercator', mercatorFrame],
		['equal-earth', equalEarthFrame]
	] as const)('%s: d3-geo draws shapes exactly where the frame puts points', (kind, frameOf) => {
		const frame = frameOf(europe, 1000);
		expect(frame.kind).toBe(kind);
		const d3 = geoProjectionOf(frame);
		for (const place of [
			[2.44, 48.91],
			[-9.9, 35.1],
			[29.9, 59.9]
		] as [number, number][]) {
			const [x, y] = frame.projection(place)!;
			const [dx, dy] = d3(place)!;
			expect(x).toBeCloseTo(dx, 9);
			expect(y).toBeCloseTo(dy, 9);
		}
	});
});

describe('meetTransform', () => {
	it.each([
		[
			{ width: 1000, height: 500 },
			{ width: 500, height: 500 },
			{ scale: 0.5, x: 0, y: 125 }
		],
		[
			{ width: 1000, height: 500 },
			{ width: 2000, height: 500 },
			{ scale: 1, x: 500, y: 0 }
		],
		[
			{ width: 1000, height: 500 },
			{ width: 1000, height: 500 },
			{ scale: 1, x: 0, y: 0 }
		]
	])('%j in %j', (frame, size, expected) => {
		expect(meetTransform(frame, size)).toEqual(expected);
	});
});

describe('pixelProjection', () => {
	it.each(['mercator', 'equal-earth'] as const)(
		'%s: draws at scale × (zoom offset + zoom × viewBox point)',
		(kind) => {
			const frame = (kind === 'mercator' ? mercatorFrame : equalEarthFrame)(europe);
			const zoom = { k: 3, x: -200, y: -100 };
			const px = pixelProjection(frame, 0.8, zoom);
			for (const place of [
				[2.44, 48.91],
				[16.37, 48.21],
				[-5, 40]
			] as [number, number][]) {
				const [vx, vy] = frame.projection(place)!;
				const [x, y] = px(place)!;
				expect(x).toBeCloseTo(0.8 * (zoom.x + zoom.k * vx), 6);
				expect(y).toBeCloseTo(0.8 * (zoom.y + zoom.k * vy), 6);
			}
		}
	);
});

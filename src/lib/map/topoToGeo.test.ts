import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import countries110 from 'world-atlas/countries-110m.json';
import countries50 from 'world-atlas/countries-50m.json';
import land110 from 'world-atlas/land-110m.json';
import land50 from 'world-atlas/land-50m.json';
import { basemapFromTopology, unwrapRing } from './topoToGeo';

function maxJump(ring: GeoJSON.Position[]) {
	let max = 0;
	for (let i = 1; i < ring.length; i++)
		max = Math.max(max, Math.abs(ring[i]![0]! - ring[i - 1]![0]!));
	return max;
}

describe('unwrapRing', () => {
	it.each([
		[
			'no crossing',
			[
				[10, 0],
				[20, 0],
				[20, 10],
				[10, 0]
			],
			[
				[10, 0],
				[20, 0],
				[20, 10],
				[10, 0]
			]
		],
		[
			'eastward over ±180',
			[
				[170, 0],
				[-170, 0],
				[-170, 10],
				[170, 10]
			],
			[
				[170, 0],
				[190, 0],
				[190, 10],
				[170, 10]
			]
		],
		[
			'westward over ±180',
			[
				[-175, 5],
				[175, 5],
				[175, -5]
			],
			[
				[-175, 5],
				[-185, 5],
				[-185, -5]
			]
		],
		['empty', [], []]
	])('%s', (_name, ring, expected) => {
		expect(unwrapRing(ring)).toEqual(expected);
	});

	it('rounds to the digits asked for', () => {
		expect(unwrapRing([[1.23456, 2.34567]], 2)).toEqual([[1.23, 2.35]]);
	});
});

describe('basemapFromTopology', () => {
	const coarse = basemapFromTopology(
		land110 as unknown as Topology,
		countries110 as unknown as Topology
	);
	const fine = basemapFromTopology(
		land50 as unknown as Topology,
		countries50 as unknown as Topology
	);
	const rings = (collection: GeoJSON.FeatureCollection, kind: string) =>
		collection.features
			.filter((f) => f.properties?.kind === kind)
			.flatMap((f) => {
				const g = f.geometry;
				if (g.type === 'MultiPolygon') return g.coordinates.flat();
				if (g.type === 'Polygon' || g.type === 'MultiLineString') return g.coordinates;
				return [];
			});

	it('holds the land and the borders between countries, rounded to two decimals', () => {
		for (const basemap of [coarse, fine]) {
			expect(rings(basemap, 'land').length).toBeGreaterThan(100);
			expect(rings(basemap, 'border').length).toBeGreaterThan(100);
			for (const [lon, lat] of rings(basemap, 'land')[0]!) {
				expect(Math.round(lon! * 100) / 100).toBe(lon);
				expect(Math.round(lat! * 100) / 100).toBe(lat);
			}
		}
	});

	it('has Ngazidja (Grande Comore) only in the finer outlines, loaded when zoomed in', () => {
		const hasLandNear = (basemap: GeoJSON.FeatureCollection, lon: number, lat: number) =>
			rings(basemap, 'land').some((ring) =>
				ring.some(([x, y]) => Math.abs(x! - lon) < 0.3 && Math.abs(y! - lat) < 0.3)
			);
		expect(hasLandNear(coarse, 43.3, -11.7)).toBe(false);
		expect(hasLandNear(fine, 43.3, -11.7)).toBe(true);
	});

	it('leaves no ring or border jumping across the map at ±180 (Russia, Fiji, Antarctica)', () => {
		for (const basemap of [coarse, fine])
			for (const kind of ['land', 'border'])
				for (const ring of rings(basemap, kind)) expect(maxJump(ring)).toBeLessThan(180);
	});
});

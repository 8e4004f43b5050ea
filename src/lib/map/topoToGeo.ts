import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Ring = GeoJSON.Position[];

/**
 * Makes a ring or a line continuous across ±180°: each point moves by 360° when it jumped more than
 * 180° from the one before, so Russia, Fiji, Antarctica and arcs over the Pacific do not draw as
 * streaks across the map. MapLibre draws longitudes beyond ±180 where they belong.
 */
export function unwrapRing(ring: Ring, digits = 6): Ring {
	if (ring.length === 0) return ring;
	const k = 10 ** digits;
	const round = (x: number) => Math.round(x * k) / k;
	const out: Ring = [[round(ring[0]![0]!), round(ring[0]![1]!)]];
	let offset = 0;
	for (let i = 1; i < ring.length; i++) {
		const [lon, lat] = ring[i] as [number, number];
		const previous = ring[i - 1]![0]!;
		if (lon - previous > 180) offset -= 360;
		else if (lon - previous < -180) offset += 360;
		out.push([round(lon + offset), round(lat)]);
	}
	return out;
}

function unwrapGeometry(geometry: GeoJSON.Geometry, digits: number): GeoJSON.Geometry {
	const unwrap = (ring: Ring) => unwrapRing(ring, digits);
	switch (geometry.type) {
		case 'Polygon':
		case 'MultiLineString':
			return {
				type: geometry.type,
				coordinates: geometry.coordinates.map(unwrap)
			} as GeoJSON.Geometry;
		case 'MultiPolygon':
			return {
				type: 'MultiPolygon',
				coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrap))
			};
		case 'LineString':
			return { type: 'LineString', coordinates: unwrap(geometry.coordinates) };
		default:
			return geometry;
	}
}

/**
 * The bundled basemap's data from world-atlas: the land (filled, its edge drawn as the coast) and
 * the borders between countries, each drawn once (per-country polygons would carry every border
 * twice: a third more bytes). Rings unwrapped, coordinates rounded to `digits` decimals (two:
 * about a kilometre, finer than a pixel at the zooms the 1:50m outlines are drawn at).
 */
export function basemapFromTopology(
	land: Topology,
	countries: Topology,
	digits = 2
): GeoJSON.FeatureCollection {
	const landShape = feature(land, land.objects.land as GeometryCollection) as
		GeoJSON.FeatureCollection | GeoJSON.Feature;
	const landFeatures = landShape.type === 'FeatureCollection' ? landShape.features : [landShape];
	const borders = mesh(
		countries,
		countries.objects.countries as GeometryCollection,
		(a, b) => a !== b
	);
	return {
		type: 'FeatureCollection',
		features: [
			...landFeatures.map((f) => ({
				type: 'Feature' as const,
				properties: { kind: 'land' },
				geometry: unwrapGeometry(f.geometry, digits)
			})),
			{ type: 'Feature', properties: { kind: 'border' }, geometry: unwrapGeometry(borders, digits) }
		]
	};
}

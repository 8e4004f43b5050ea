import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Ring = GeoJSON.Position[];

/**
 * Makes a ring continuous across ±180°: each point moves by 360° when it jumped more than 180°
 * from the one before, so Russia, Fiji and Antarctica do not draw as streaks across the map.
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
	if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map(unwrap) };
	if (geometry.type === 'MultiPolygon')
		return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrap)) };
	return geometry;
}

/** Countries of a world-atlas topology as GeoJSON for MapLibre, rings unwrapped, coordinates rounded. */
export function countriesFromTopology(topology: Topology, digits = 3, object = 'countries'): GeoJSON.FeatureCollection {
	const collection = feature(topology, topology.objects[object] as GeometryCollection) as GeoJSON.FeatureCollection;
	return {
		type: 'FeatureCollection',
		features: collection.features.map((f) => ({
			type: 'Feature',
			id: f.id,
			properties: { name: f.properties?.name ?? null },
			geometry: unwrapGeometry(f.geometry, digits)
		}))
	};
}

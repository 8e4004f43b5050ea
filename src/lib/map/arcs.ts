import { geoInterpolate } from 'd3-geo';
import { unwrapRing } from './topoToGeo';

export type LonLat = [lon: number, lat: number];

/**
 * The great-circle arc from `from` to `to` as a line of `segments` steps, its longitudes made
 * continuous (beyond ±180 where the arc crosses the antimeridian) so MapLibre draws it in one
 * piece across the Pacific rather than as a streak across the world.
 */
export function greatCircleArc(from: LonLat, to: LonLat, segments = 64): LonLat[] {
	const at = geoInterpolate(from, to);
	const points: LonLat[] = [];
	for (let i = 0; i <= segments; i++) points.push(at(i / segments) as LonLat);
	return unwrapRing(points, 5) as LonLat[];
}

/** Initial compass bearing from a to b, in degrees clockwise from north (0–360). */
export function bearing([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
	const rad = Math.PI / 180;
	const [φ1, φ2, Δλ] = [lat1 * rad, lat2 * rad, (lon2 - lon1) * rad];
	const y = Math.sin(Δλ) * Math.cos(φ2);
	const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
	return (((Math.atan2(y, x) / rad) % 360) + 360) % 360;
}

/**
 * Where a direction arrow goes on an arc, and which way it points: its midpoint, with the bearing
 * of travel there. Mercator and the globe keep local angles, so this bearing is also the arrow's
 * angle on screen (north up).
 */
export function arcMidpoint(from: LonLat, to: LonLat): { point: LonLat; bearing: number } {
	const at = geoInterpolate(from, to);
	const point = at(0.5) as LonLat;
	return { point, bearing: bearing(point, at(0.51) as LonLat) };
}

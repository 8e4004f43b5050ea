import { unwrapRing } from './topoToGeo';

export type LonLat = [lon: number, lat: number];

const RADIANS = Math.PI / 180;

/**
 * The point a fraction t of the way along the great circle from a to b: d3-geo's geoInterpolate,
 * written here because the first paint draws arcs and d3-geo is one module, which the whole of
 * would then come with (the tests hold it to d3's).
 */
export function geoInterpolate(a: LonLat, b: LonLat): (t: number) => LonLat {
	const [x0, y0, x1, y1] = [a[0] * RADIANS, a[1] * RADIANS, b[0] * RADIANS, b[1] * RADIANS];
	const [cy0, sy0, cy1, sy1] = [Math.cos(y0), Math.sin(y0), Math.cos(y1), Math.sin(y1)];
	const [kx0, ky0, kx1, ky1] = [
		cy0 * Math.cos(x0),
		cy0 * Math.sin(x0),
		cy1 * Math.cos(x1),
		cy1 * Math.sin(x1)
	];
	const haversin = (v: number) => Math.sin(v / 2) ** 2;
	const d =
		2 * Math.asin(Math.min(1, Math.sqrt(haversin(y1 - y0) + cy0 * cy1 * haversin(x1 - x0))));
	const k = Math.sin(d);
	if (!d) return () => [x0 / RADIANS, y0 / RADIANS];
	return (t) => {
		const B = Math.sin((t *= d)) / k;
		const A = Math.sin(d - t) / k;
		const [x, y, z] = [A * kx0 + B * kx1, A * ky0 + B * ky1, A * sy0 + B * sy1];
		return [Math.atan2(y, x) / RADIANS, Math.atan2(z, Math.sqrt(x * x + y * y)) / RADIANS];
	};
}

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

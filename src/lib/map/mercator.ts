import type { LonLat } from './arcs';

/**
 * What the SVG map asks of a projection: a point in, a point out (null when it cannot be drawn),
 * and back. d3-geo's projections have this shape; so does `mercator`, which the first paint uses
 * so that d3-geo's projection and path code loads only for the equal-area map and fetched shapes.
 */
export interface PointProjection {
	(point: LonLat): [number, number] | null;
	invert?(point: [number, number]): [number, number] | null;
}

const RADIANS = Math.PI / 180;
const TAU = 2 * Math.PI;

/**
 * Web Mercator scaled by `scale` and moved by `translate`, as d3-geo's geoMercator draws points
 * (longitudes wrapped into ±180°, y growing southwards), so the SVG map and MapLibre line up.
 */
export function mercator(scale: number, [tx, ty]: [number, number]): PointProjection {
	const project = ([lon, lat]: LonLat): [number, number] => {
		let λ = lon * RADIANS;
		if (Math.abs(λ) > Math.PI) λ -= Math.round(λ / TAU) * TAU;
		const y = Math.log(Math.tan((Math.PI / 2 + lat * RADIANS) / 2));
		return [tx + scale * λ, ty - scale * y];
	};
	project.invert = ([x, y]: [number, number]): [number, number] => [
		(x - tx) / scale / RADIANS,
		(2 * Math.atan(Math.exp((ty - y) / scale)) - Math.PI / 2) / RADIANS
	];
	return project;
}

/**
 * SVG path data of a line through projected points, to one decimal. The line is broken where it
 * crosses the antimeridian (a projection that wraps longitudes jumps there) or a point cannot be
 * drawn.
 */
export function linePath(project: PointProjection, line: readonly GeoJSON.Position[]): string {
	let data = '';
	let pen = 'M';
	let world: number | null = null;
	for (const [lon = NaN, lat = NaN] of line) {
		const at = project([lon, lat]);
		const side = Math.round(lon / 360);
		if (!at || !at.every(Number.isFinite)) {
			pen = 'M';
			continue;
		}
		if (world !== null && side !== world) pen = 'M';
		world = side;
		data += `${pen}${+at[0].toFixed(1)},${+at[1].toFixed(1)}`;
		pen = 'L';
	}
	return data;
}

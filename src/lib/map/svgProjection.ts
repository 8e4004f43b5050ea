import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Bounds } from './initialView';

export interface SvgFrame {
	projection: GeoProjection;
	width: number;
	height: number;
}

/**
 * A Web Mercator projection whose viewBox is exactly `bounds`, as MapLibre's fitBounds frames
 * it, so the SVG first paint and the WebGL map line up when the SVG is scaled to "meet".
 */
export function mercatorFrame(bounds: Bounds, width = 1000): SvgFrame {
	const [[west, south], [east, north]] = bounds;
	const unit = geoMercator().scale(1).translate([0, 0]);
	const [x0, y0] = unit([west, north]) as [number, number];
	const [x1, y1] = unit([east, south]) as [number, number];
	const k = width / (x1 - x0);
	const height = Math.round((y1 - y0) * k);
	const projection = geoMercator()
		.scale(k)
		.translate([-x0 * k, -y0 * k]);
	return { projection, width, height };
}

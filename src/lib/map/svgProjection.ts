import { geoEqualEarth, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Bounds } from './initialView';
import type { ZoomTransform } from './svgZoom';

export type SvgProjectionKind = 'mercator' | 'equal-earth';

export interface SvgFrame {
	kind: SvgProjectionKind;
	projection: GeoProjection;
	width: number;
	height: number;
}

const FACTORIES = { mercator: geoMercator, 'equal-earth': geoEqualEarth };

/**
 * A Web Mercator projection whose viewBox is exactly `bounds`, as MapLibre's fitBounds frames
 * it, so the SVG first paint and the WebGL map line up when the SVG is scaled to "meet".
 */
export function mercatorFrame(bounds: Bounds, width = 1000): SvgFrame {
	const [[west, south], [east, north]] = bounds;
	const unit = geoMercator().scale(1).translate([0, 0]);
	const extent = [unit([west, north]), unit([east, south])] as [[number, number], [number, number]];
	return frameOf('mercator', extent, width);
}

/** The frame whose viewBox is `extent` of the unit-scale projection, `width` wide. */
function frameOf(
	kind: SvgProjectionKind,
	[[x0, y0], [x1, y1]]: [[number, number], [number, number]],
	width: number
): SvgFrame {
	const k = width / (x1 - x0);
	const height = Math.round((y1 - y0) * k);
	const projection = FACTORIES[kind]()
		.scale(k)
		.translate([-x0 * k, -y0 * k]);
	return { kind, projection, width, height };
}

/** The outline of a longitude–latitude box, densified so that its projection follows the curves. */
function boundsOutline([[west, south], [east, north]]: Bounds, step = 2): GeoJSON.MultiPoint {
	const points: [number, number][] = [];
	for (let lon = west; lon < east + step; lon += step) {
		const x = Math.min(lon, east);
		points.push([x, south], [x, north]);
	}
	for (let lat = south; lat < north + step; lat += step) {
		const y = Math.min(lat, north);
		points.push([west, y], [east, y]);
	}
	return { type: 'MultiPoint', coordinates: points };
}

/**
 * The same box in the Equal Earth projection, which keeps areas true and reads better for a
 * world of regions. Used only when MapLibre cannot run, so no takeover has to line up with it.
 */
export function equalEarthFrame(bounds: Bounds, width = 1000): SvgFrame {
	const unit = geoEqualEarth().scale(1).translate([0, 0]);
	return frameOf('equal-earth', geoPath(unit).bounds(boundsOutline(bounds)), width);
}

export function svgFrame(kind: SvgProjectionKind, bounds: Bounds, width = 1000): SvgFrame {
	return kind === 'mercator' ? mercatorFrame(bounds, width) : equalEarthFrame(bounds, width);
}

/**
 * Where a viewBox of `frame` lands inside an element of `size` with preserveAspectRatio
 * "xMidYMid meet": pixels per unit and the offset of its top-left corner.
 */
export function meetTransform(
	frame: { width: number; height: number },
	size: { width: number; height: number }
) {
	const scale = Math.min(size.width / frame.width, size.height / frame.height);
	return {
		scale,
		x: (size.width - frame.width * scale) / 2,
		y: (size.height - frame.height * scale) / 2
	};
}

/**
 * The frame's projection in screen pixels from the frame's top-left corner, for an SVG drawn at
 * `scale` pixels per viewBox unit and zoomed by `zoom`: symbols, labels and lines are then drawn
 * at their size in pixels, whatever the zoom and the size of the map.
 */
export function pixelProjection(
	frame: SvgFrame,
	scale: number,
	zoom: ZoomTransform
): GeoProjection {
	const [tx, ty] = frame.projection.translate();
	return FACTORIES[frame.kind]()
		.scale(frame.projection.scale() * scale * zoom.k)
		.translate([scale * (zoom.x + zoom.k * tx), scale * (zoom.y + zoom.k * ty)]);
}

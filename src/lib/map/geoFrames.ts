import { geoEqualEarth, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { geoProjectionOf } from './geoProjectionOf';
import type { Bounds } from './initialView';
import { frameOf, type FrameOf, type SvgFrame } from './svgProjection';

/*
 * The parts of the SVG map that need d3-geo's projections and paths: the equal-area frame (when
 * WebGL is missing) and outlines of fetched shapes. Loaded only then, never for first paint.
 */

/** SVG path data of `shape` in the frame's viewBox units, to one decimal. */
export function shapePathData(frame: SvgFrame, shape: FeatureCollection): string {
	return geoPath(geoProjectionOf(frame)).digits(1)(shape) ?? '';
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
 * The box of the places in the Equal Earth projection, which keeps areas true and reads better
 * for a world of regions. Used only when MapLibre cannot run, so no takeover has to line up.
 */
export const equalEarthFrame: FrameOf = (bounds, width = 1000) => {
	const rescaled = (scale: number, translate: [number, number]) =>
		geoEqualEarth().scale(scale).translate(translate);
	const extent = geoPath(rescaled(1, [0, 0])).bounds(boundsOutline(bounds));
	return frameOf('equal-earth', rescaled, extent, width);
};

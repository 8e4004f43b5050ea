import type { Bounds } from './initialView';
import { mercator, type PointProjection } from './mercator';
import type { ZoomTransform } from './svgZoom';

export type SvgProjectionKind = 'mercator' | 'equal-earth';

export interface SvgFrame {
	kind: SvgProjectionKind;
	/** Longitude–latitude to viewBox units. */
	projection: PointProjection;
	scale: number;
	translate: [number, number];
	/** The same projection at another scale and offset. */
	rescaled(scale: number, translate: [number, number]): PointProjection;
	width: number;
	height: number;
}

/** Builds a frame: the framing is the same for every projection, only the factory differs. */
export type FrameOf = (bounds: Bounds, width?: number) => SvgFrame;

/** The frame whose viewBox is `extent` of the unit-scale projection, `width` wide. */
export function frameOf(
	kind: SvgProjectionKind,
	rescaled: SvgFrame['rescaled'],
	[[x0, y0], [x1, y1]]: [[number, number], [number, number]],
	width: number
): SvgFrame {
	const scale = width / (x1 - x0);
	const height = Math.round((y1 - y0) * scale);
	const translate: [number, number] = [-x0 * scale, -y0 * scale];
	return {
		kind,
		projection: rescaled(scale, translate),
		scale,
		translate,
		rescaled,
		width,
		height
	};
}

/**
 * A Web Mercator projection whose viewBox is exactly `bounds`, as MapLibre's fitBounds frames
 * it, so the SVG first paint and the WebGL map line up when the SVG is scaled to "meet".
 */
export const mercatorFrame: FrameOf = ([[west, south], [east, north]], width = 1000) => {
	const unit = mercator(1, [0, 0]);
	const extent = [unit([west, north]), unit([east, south])] as [[number, number], [number, number]];
	return frameOf('mercator', mercator, extent, width);
};

/**
 * Pixels per viewBox unit (of a 1000-unit frame) the SVG map's symbols and labels are laid out for
 * before the map is measured: prerendered, and for good without JavaScript. The map's height caps
 * its scale near 0.6 from about 600 px wide; below 480 px a page shows the narrow layout, made for
 * a 375 px phone. Its 12 px labels then measure between 10 and 16 px from 320 px wide up.
 */
export const PRERENDER_SCALE = { wide: 0.6, narrow: 0.375 } as const;
/** Beyond this many places the narrow layout is not sent: it would double every page's map. */
export const NARROW_LAYOUT_MAX_PLACES = 1000;

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
): PointProjection {
	const [tx, ty] = frame.translate;
	return frame.rescaled(frame.scale * scale * zoom.k, [
		scale * (zoom.x + zoom.k * tx),
		scale * (zoom.y + zoom.k * ty)
	]);
}

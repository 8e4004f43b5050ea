/**
 * Zoom of the SVG map, in viewBox units: a point v of the unzoomed map is drawn at x + k·v.
 * Pure functions, so that the buttons, the fit to the filters and dragging share one model.
 */
export interface ZoomTransform {
	k: number;
	x: number;
	y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };
export const MAX_ZOOM = 64;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Keeps the map covering its frame: no panning past its edges, no zooming out past 1. */
export function constrain(
	{ k, x, y }: ZoomTransform,
	size: { width: number; height: number }
): ZoomTransform {
	const kk = clamp(k, 1, MAX_ZOOM);
	return { k: kk, x: clamp(x, size.width * (1 - kk), 0), y: clamp(y, size.height * (1 - kk), 0) };
}

/** Zooms by `factor` keeping the centre of the frame where it is. */
export function zoomAround(
	t: ZoomTransform,
	factor: number,
	size: { width: number; height: number }
): ZoomTransform {
	const [cx, cy] = [size.width / 2, size.height / 2];
	const k = clamp(t.k * factor, 1, MAX_ZOOM);
	const [vx, vy] = [(cx - t.x) / t.k, (cy - t.y) / t.k];
	return constrain({ k, x: cx - k * vx, y: cy - k * vy }, size);
}

/**
 * The zoom that shows all `points` (unzoomed viewBox units) with `padding` around them, no closer
 * than `maxK`; the whole map when they are all that is on it anyway.
 */
export function fitPoints(
	points: readonly [number, number][],
	size: { width: number; height: number },
	padding: number,
	maxK = 8
): ZoomTransform {
	if (points.length === 0) return IDENTITY;
	const xs = points.map(([x]) => x);
	const ys = points.map(([, y]) => y);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const k = clamp(
		Math.min(size.width / (x1 - x0 + 2 * padding), size.height / (y1 - y0 + 2 * padding)),
		1,
		maxK
	);
	const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
	return constrain({ k, x: size.width / 2 - k * cx, y: size.height / 2 - k * cy }, size);
}

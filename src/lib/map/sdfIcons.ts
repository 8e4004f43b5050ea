import { DIAMOND_SCALE } from './placeSymbols';

/** Image data as MapLibre's `addImage` takes it (and as `ImageData` is shaped), without needing a DOM. */
export interface SdfImage {
	width: number;
	height: number;
	data: Uint8ClampedArray;
}

/** Radius, in image pixels, of the circle icon; the diamond has the same area. */
export const ICON_RADIUS = 16;
/** Room around the shape for the outline (halo) MapLibre draws from the distance field. */
const PAD = 5;
/**
 * The icon image is larger than the shape it holds (the room for the outline); MapLibre collides
 * labels with the whole image, so labels are offset by this much of the symbol's half-width.
 */
export const ICON_BOX_RATIO = Math.max(
	(ICON_RADIUS + PAD) / ICON_RADIUS,
	(Math.ceil(ICON_RADIUS * DIAMOND_SCALE) + PAD) / (ICON_RADIUS * DIAMOND_SCALE)
);
/** MapLibre's SDF encoding: the edge is at 0.75, and alpha falls by 1/8 per image pixel outward. */
const EDGE = 0.75;
const PER_PIXEL = 1 / 8;

type Point = [number, number];

function segmentDistance([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
	const [dx, dy] = [bx - ax, by - ay];
	const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
	return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function inside([px, py]: Point, polygon: readonly Point[]): boolean {
	let result = false;
	for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
		const [[xi, yi], [xj, yj]] = [polygon[i]!, polygon[j]!];
		if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) result = !result;
	}
	return result;
}

/** Signed distance to a polygon's edge: positive inside. */
export function polygonDistance(point: Point, polygon: readonly Point[]): number {
	let min = Infinity;
	for (let i = 0; i < polygon.length; i++)
		min = Math.min(min, segmentDistance(point, polygon[i]!, polygon[(i + 1) % polygon.length]!));
	return inside(point, polygon) ? min : -min;
}

function render(half: number, distance: (x: number, y: number) => number): SdfImage {
	const size = 2 * (half + PAD);
	const data = new Uint8ClampedArray(size * size * 4);
	for (let row = 0; row < size; row++)
		for (let col = 0; col < size; col++) {
			const d = distance(col + 0.5 - size / 2, row + 0.5 - size / 2);
			const i = (row * size + col) * 4;
			data[i] = data[i + 1] = data[i + 2] = 255;
			data[i + 3] = Math.round(Math.max(0, Math.min(1, EDGE + d * PER_PIXEL)) * 255);
		}
	return { width: size, height: size, data };
}

/**
 * Distance-field icons drawn from exact geometry (no canvas, so they can be tested in Node):
 * MapLibre tints them with the region colour and draws their outline as a halo, at any size.
 */
export function sdfIcon(shape: 'circle' | 'diamond' | 'arrow'): SdfImage {
	const r = ICON_RADIUS;
	if (shape === 'circle') return render(r, (x, y) => r - Math.hypot(x, y));
	if (shape === 'diamond') {
		const h = r * DIAMOND_SCALE;
		const diamond: Point[] = [
			[0, -h],
			[h, 0],
			[0, h],
			[-h, 0]
		];
		return render(Math.ceil(h), (x, y) => polygonDistance([x, y], diamond));
	}
	// An arrowhead pointing north, so that `icon-rotate` is the bearing of travel.
	const arrow: Point[] = [
		[0, -r * 0.6],
		[r * 0.5, r * 0.45],
		[0, r * 0.2],
		[-r * 0.5, r * 0.45]
	];
	return render(Math.ceil(r * 0.6), (x, y) => polygonDistance([x, y], arrow));
}

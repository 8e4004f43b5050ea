import type { LonLat } from './arcs';
import type { PointProjection } from './mercator';
import { spreadPositions, type PlaceSymbol } from './placeFeatures';

/** A place as the SVG draws it: its symbol at (x, y), its true position at (ax, ay), in pixels. */
export interface DrawnPlace {
	symbol: PlaceSymbol;
	x: number;
	y: number;
	ax: number;
	ay: number;
	moved: boolean;
}

/** Where each symbol is drawn in `project`'s pixels: symbols that would overlap are spread apart. */
export function drawPlaces(
	symbols: readonly PlaceSymbol[],
	project: PointProjection
): DrawnPlace[] {
	const pixel = (lonLat: LonLat) => {
		const [x, y] = project(lonLat) ?? [NaN, NaN];
		return { x, y };
	};
	const moved = spreadPositions(symbols, pixel, ({ x, y }) => project.invert!([x, y]) as LonLat);
	return symbols.map((symbol) => {
		const anchor = pixel([symbol.lon, symbol.lat]);
		const at = moved.get(symbol.id);
		return {
			symbol,
			ax: anchor.x,
			ay: anchor.y,
			...(at ? pixel(at) : anchor),
			moved: moved.has(symbol.id)
		};
	});
}

import type { Place } from '$lib/data/types';

export type Bounds = [[west: number, south: number], [east: number, north: number]];

/** The whole inhabited world, used when there are no places. */
export const WORLD_BOUNDS: Bounds = [
	[-170, -56],
	[180, 75]
];

/**
 * The first view, shared by the prerendered SVG map and MapLibre so that one takes over from the
 * other without a jump: the places' extent, with a margin, never narrower than a continent, and
 * a little more room in the east, where the map's buttons stand (so that no place sits under them
 * on a phone, where the frame spans the whole width).
 */
export function initialBounds(
	places: readonly Pick<Place, 'lat' | 'lon'>[],
	margin = 12,
	eastRoom = 0.12
): Bounds {
	if (places.length === 0) return WORLD_BOUNDS;
	let [west, south, east, north] = [180, 85, -180, -85];
	for (const { lon, lat } of places) {
		west = Math.min(west, lon);
		east = Math.max(east, lon);
		south = Math.min(south, lat);
		north = Math.max(north, lat);
	}
	const minSpan = 40;
	const widen = (lo: number, hi: number) => {
		const pad = Math.max(margin, (minSpan - (hi - lo)) / 2);
		return [lo - pad, hi + pad] as const;
	};
	const [w, widenedEast] = widen(west, east);
	const e = widenedEast + eastRoom * (widenedEast - w);
	const [s, n] = widen(south, north);
	return [
		[Math.max(-180, w), Math.max(-80, s)],
		[Math.min(180, e), Math.min(84, n)]
	];
}

import type { Atlas } from '$lib/data/atlas';
import type { PlaceKind } from '$lib/data/types';

export type SymbolShape = 'circle' | 'diamond';

/**
 * The second cue for the kind of government, besides colour for the region: a circle for a city or
 * municipality, a diamond for a government of a wider area (department, island, governorate,
 * province, region).
 */
export function symbolShape(kind: PlaceKind | string): SymbolShape {
	return kind === 'city' || kind === 'municipality' ? 'circle' : 'diamond';
}

/** Radius in screen pixels: the area grows with the number of practices. */
export function symbolRadius(practices: number): number {
	return 5 + 2.2 * Math.sqrt(Math.max(0, practices));
}

/**
 * A diamond with the half-diagonal of the circle's radius looks smaller (its area is 2r² against
 * πr²); this factor gives it the same area, so size keeps meaning "number of practices".
 */
export const DIAMOND_SCALE = Math.sqrt(Math.PI / 2);

/** Half the width of a symbol's box, for spreading, hit testing and the keyboard overlay. */
export function symbolExtent(shape: SymbolShape, radius: number): number {
	return shape === 'diamond' ? radius * DIAMOND_SCALE : radius;
}

/** The themes a place works on most, by number of its practices in each, ties in theme order. */
export function mainThemes(atlas: Atlas, placeId: string, limit = 3): string[] {
	const counts = new Map<string, number>();
	for (const practice of atlas.practicesByPlace.get(placeId) ?? [])
		for (const theme of practice.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
	const order = new Map(atlas.themes.map((theme, i) => [theme.id, i]));
	return [...counts]
		.sort(([a, x], [b, y]) => y - x || (order.get(a) ?? 0) - (order.get(b) ?? 0))
		.slice(0, limit)
		.map(([theme]) => theme);
}

import type { RegionId } from '$lib/data/types';

/**
 * Okabe–Ito colours, chosen so that readers with any common colour-vision deficiency can tell
 * them apart. Every symbol also carries a dark outline (for contrast on land and sea) and a shape
 * for its kind, so colour is never the only cue. Panels import these so a region has one colour
 * everywhere.
 */
export const REGION_COLORS: Readonly<Record<RegionId, string>> = {
	africa: '#E69F00',
	'latin-america': '#009E73',
	europe: '#0072B2',
	'middle-east-western-asia': '#CC79A7'
};

/** For a region a future dataset may add before its colour is chosen here. */
export const UNKNOWN_REGION_COLOR = '#7f7f7f';

export function regionColor(region: string): string {
	return REGION_COLORS[region as RegionId] ?? UNKNOWN_REGION_COLOR;
}

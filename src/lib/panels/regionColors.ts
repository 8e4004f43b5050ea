import type { RegionId } from '$lib/data/types';

/**
 * Region colours of the panels (Okabe–Ito, safe for common colour-vision deficiencies). The map
 * is getting its own module, src/lib/map/regionColors.ts, with the same names: once it lands, this
 * file re-exports it so that a region has one colour everywhere. Colour is never the only cue:
 * every coloured mark also carries the region's name.
 */
export const REGION_COLORS: Readonly<Record<RegionId, string>> = {
	africa: '#E69F00',
	'latin-america': '#009E73',
	europe: '#0072B2',
	'middle-east-western-asia': '#CC79A7'
};

export const UNKNOWN_REGION_COLOR = '#7f7f7f';

export function regionColor(region: string): string {
	return REGION_COLORS[region as RegionId] ?? UNKNOWN_REGION_COLOR;
}

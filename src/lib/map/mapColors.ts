import type { RegionId } from '$lib/data/types';
import { REGION_COLORS } from './regionColors';

/**
 * Every colour the map draws with, in one object handed to both renderers (the MapLibre style and
 * the SVG map), so that a dark palette is one more object of this shape.
 */
export interface MapColors {
	water: string;
	land: string;
	border: string;
	/** Place names and their halo. */
	label: string;
	labelHalo: string;
	/** Outline of every place symbol: keeps each region colour visible on land and on sea. */
	symbolOutline: string;
	/** Ring around the selected place, and around the place under the pointer or focus. */
	selected: string;
	hovered: string;
	/** Cooperation links stated by the source, and arcs to places sharing themes. */
	cooperation: string;
	sharedThemes: string;
	/** Line from a place's true position to its symbol when close places are spread apart. */
	leader: string;
	regions: Readonly<Record<RegionId, string>>;
}

export const LIGHT_MAP_COLORS: MapColors = {
	water: '#dde7ef',
	land: '#f7f5f0',
	border: '#b9b4aa',
	label: '#1a1a1a',
	labelHalo: '#ffffff',
	symbolOutline: '#1f1f1f',
	selected: '#000000',
	hovered: '#1d4e89',
	cooperation: '#1d4e89',
	sharedThemes: '#6b4c9a',
	leader: '#4a4a4a',
	regions: REGION_COLORS
};

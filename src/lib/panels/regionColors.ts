/**
 * Region colours: the map's module (src/lib/map/regionColors.ts), so that a region has one colour
 * on the map, in the panels and in the filters. Colour is never the only cue: every coloured mark
 * also carries the region's name.
 */
export { REGION_COLORS, UNKNOWN_REGION_COLOR, regionColor } from '$lib/map/regionColors';

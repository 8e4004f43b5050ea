/**
 * The functions timed on each data size: one line each. `module` is a path from the project root,
 * `fn` its export, `args` what it is called with. A module or export that does not exist (yet) is
 * reported as "n/a", never as an error. Exported functions of src/lib/analysis/ that no line
 * names are listed as not benchmarked, so new ones are noticed.
 */
import type { Atlas } from '../../src/lib/data/atlas';

export interface BenchedFunction {
	name: string;
	module: string;
	fn: string;
	args: (atlas: Atlas) => unknown[];
}

/** The place with the most practices: the heaviest selection. */
export function busiestPlaceId(atlas: Atlas): string {
	let best = atlas.places[0]?.id ?? '';
	let most = -1;
	for (const [id, practices] of atlas.practicesByPlace)
		if (practices.length > most) [best, most] = [id, practices.length];
	return best;
}

const firstTheme = (atlas: Atlas) => atlas.themes[0]?.id ?? '';

export const BENCHED_FUNCTIONS: BenchedFunction[] = [
	{
		name: 'exports: places.geojson',
		module: 'src/lib/data/exports.ts',
		fn: 'toPlacesGeoJson',
		args: (atlas) => [atlas]
	},
	{
		name: 'exports: atlas.json',
		module: 'src/lib/data/exports.ts',
		fn: 'toAtlasJson',
		args: (atlas) => [atlas]
	},
	{
		name: 'exports: practices.csv',
		module: 'src/lib/data/exports.ts',
		fn: 'toPracticesCsv',
		args: (atlas) => [atlas]
	},
	{
		name: 'map: initial bounds',
		module: 'src/lib/map/initialView.ts',
		fn: 'initialBounds',
		args: (atlas) => [atlas.places]
	},
	// src/lib/analysis/ (issue 5); the lines below are checked against its exports on every run.
	{
		name: 'shared themes of the busiest place',
		module: 'src/lib/analysis/sharedThemes.ts',
		fn: 'sharedThemes',
		args: (atlas) => [atlas, busiestPlaceId(atlas)]
	},
	{
		name: 'similar places to the busiest place',
		module: 'src/lib/analysis/similarity.ts',
		fn: 'similarPlaces',
		args: (atlas) => [atlas, busiestPlaceId(atlas)]
	},
	{
		name: 'region × theme shares',
		module: 'src/lib/analysis/regionThemes.ts',
		fn: 'regionThemeShares',
		args: (atlas) => [atlas]
	},
	{
		name: 'network edges',
		module: 'src/lib/analysis/network.ts',
		fn: 'networkEdges',
		args: (atlas) => [atlas]
	},
	{
		name: 'filter by one theme',
		module: 'src/lib/analysis/filter.ts',
		fn: 'filterPlaces',
		args: (atlas) => [atlas, { themes: [firstTheme(atlas)] }]
	}
];

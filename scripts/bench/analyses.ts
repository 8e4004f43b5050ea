/**
 * The functions timed on each data size: one line each. `module` is a path from the project root,
 * `fn` its export, `args` what it is called with, built with the same helpers the app uses
 * (`load` imports another export). A module or export that does not exist is reported as "n/a",
 * never as an error. Exported functions of src/lib/analysis/ that no line names are listed as not
 * benchmarked, so that new ones are noticed.
 */
import type { Atlas } from '../../src/lib/data/atlas';

export type Load = <T = (...args: never[]) => unknown>(module: string, fn: string) => Promise<T>;

export interface BenchedFunction {
	name: string;
	module: string;
	fn: string;
	args: (atlas: Atlas, load: Load) => unknown[] | Promise<unknown[]>;
}

/** The place with the most practices: the heaviest selection. */
export function busiestPlaceId(atlas: Atlas): string {
	let best = atlas.places[0]?.id ?? '';
	let most = -1;
	for (const [id, practices] of atlas.practicesByPlace)
		if (practices.length > most) [best, most] = [id, practices.length];
	return best;
}

const ANALYSIS = 'src/lib/analysis';
const noFilters = { themes: [], match: 'any', regions: [], groups: [], q: '' };
const themeIds = (atlas: Atlas) => atlas.themes.map((t) => t.id);
type Compare = (a: string, b: string) => number;

/** Compares place ids by English name, as the view state does. */
const compareIds = async (atlas: Atlas, load: Load) =>
	(await load<(atlas: Atlas, lang: string) => Compare>(`${ANALYSIS}/placeOrder.ts`, 'byPlaceName'))(
		atlas,
		'en'
	);

/** Theme sets of every place, as the view state has them with no filter. */
const themeSets = async (atlas: Atlas, load: Load) =>
	(
		await load<
			(
				atlas: Atlas,
				filters: unknown,
				lang: string
			) => { themesByPlace: ReadonlyMap<string, ReadonlySet<string>> }
		>(`${ANALYSIS}/filterAtlas.ts`, 'filterAtlas')
	)(atlas, noFilters, 'en').themesByPlace;

/** The first 150 places, as many as the network view draws. */
const networkIds = (atlas: Atlas) => atlas.places.slice(0, 150).map((p) => p.id);

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
	{
		name: 'place order by name (en)',
		module: `${ANALYSIS}/placeOrder.ts`,
		fn: 'byPlaceName',
		args: (atlas) => [atlas, 'en']
	},
	{
		name: 'name order, 3 languages (build)',
		module: `${ANALYSIS}/placeOrder.ts`,
		fn: 'nameOrderOf',
		args: (atlas) => [atlas, ['en', 'fr', 'es']]
	},
	{
		name: "take the build's name order (browser)",
		module: `${ANALYSIS}/placeOrder.ts`,
		fn: 'useNameOrder',
		args: async (atlas, load) => [
			atlas,
			(
				await load<(atlas: Atlas, langs: string[]) => unknown>(
					`${ANALYSIS}/placeOrder.ts`,
					'nameOrderOf'
				)
			)(atlas, ['en', 'fr', 'es'])
		]
	},
	// First: its first call builds the text that the search filter below reuses.
	{
		name: 'search text (en)',
		module: `${ANALYSIS}/searchText.ts`,
		fn: 'searchText',
		args: (atlas) => [atlas, 'en']
	},
	{
		name: 'filter: one theme',
		module: `${ANALYSIS}/filterAtlas.ts`,
		fn: 'filterAtlas',
		args: (atlas) => [atlas, { ...noFilters, themes: [atlas.themes[0]?.id] }, 'en']
	},
	{
		name: 'filter: three themes, all',
		module: `${ANALYSIS}/filterAtlas.ts`,
		fn: 'filterAtlas',
		args: (atlas) => [
			atlas,
			{ ...noFilters, themes: themeIds(atlas).slice(0, 3), match: 'all' },
			'en'
		]
	},
	{
		name: 'filter: search "rights"',
		module: `${ANALYSIS}/filterAtlas.ts`,
		fn: 'filterAtlas',
		args: (atlas) => [atlas, { ...noFilters, q: 'rights' }, 'en']
	},
	{
		name: 'filter: a region and a group',
		module: `${ANALYSIS}/filterAtlas.ts`,
		fn: 'filterAtlas',
		args: (atlas) => [
			atlas,
			{ ...noFilters, regions: ['europe'], groups: [atlas.groups[0]?.id] },
			'en'
		]
	},
	{
		name: 'places by theme (index, once per language)',
		module: `${ANALYSIS}/placesSharingThemes.ts`,
		fn: 'placesByTheme',
		// The view passes the places in name order; the order changes the output, not the work.
		args: (atlas) => [atlas.themesByPlace, atlas.places]
	},
	{
		name: 'places sharing each theme (busiest place)',
		module: `${ANALYSIS}/placesSharingThemes.ts`,
		fn: 'placesSharingThemes',
		// The first call makes the index of this order (the view's, once per language); the others read it.
		args: (atlas) => [busiestPlaceId(atlas), atlas.themesByPlace, atlas.places]
	},
	{
		name: 'similar places (busiest place)',
		module: `${ANALYSIS}/similarPlaces.ts`,
		fn: 'similarPlaces',
		args: async (atlas, load) => [
			busiestPlaceId(atlas),
			atlas.themesByPlace,
			await compareIds(atlas, load)
		]
	},
	{
		name: 'places with a theme (hover)',
		module: `${ANALYSIS}/placesWithTheme.ts`,
		fn: 'placesWithTheme',
		args: async (atlas, load) => [await themeSets(atlas, load), atlas.themes[0]?.id]
	},
	{
		name: 'region × theme shares',
		module: `${ANALYSIS}/regionThemeShares.ts`,
		fn: 'regionThemeShares',
		// The panel passes the places in name order; the order changes the output, not the work.
		args: async (atlas, load) => [atlas.places, themeIds(atlas), await themeSets(atlas, load)]
	},
	{
		name: 'place × theme counts',
		module: `${ANALYSIS}/placeThemeMatrix.ts`,
		fn: 'placeThemeCounts',
		args: (atlas) => [atlas.places, themeIds(atlas), atlas.practicesByPlace]
	},
	{
		name: 'matrix rows sorted by similarity',
		module: `${ANALYSIS}/placeThemeMatrix.ts`,
		fn: 'sortMatrixRows',
		args: async (atlas, load) => {
			const counts = await load<(...args: unknown[]) => unknown[]>(
				`${ANALYSIS}/placeThemeMatrix.ts`,
				'placeThemeCounts'
			);
			return [
				counts(atlas.places, themeIds(atlas), atlas.practicesByPlace),
				'similarity',
				await compareIds(atlas, load),
				null
			];
		}
	},
	{
		name: 'network edges (150 places)',
		module: `${ANALYSIS}/networkEdges.ts`,
		fn: 'themeEdges',
		args: async (atlas, load) => {
			const sets = await themeSets(atlas, load);
			return [networkIds(atlas), (id: string) => sets.get(id) ?? new Set()];
		}
	},
	{
		name: 'similarity order (all places)',
		module: `${ANALYSIS}/similarityOrder.ts`,
		fn: 'similarityOrder',
		args: async (atlas, load) => {
			const sets = await themeSets(atlas, load);
			return [
				atlas.places.map((p) => p.id),
				(id: string) => sets.get(id) ?? new Set(),
				await compareIds(atlas, load)
			];
		}
	},
	{
		name: 'circular layout (all places)',
		module: `${ANALYSIS}/circularLayout.ts`,
		fn: 'circularLayout',
		args: (atlas) => [atlas.places]
	}
];

/** Exports of src/lib/analysis/ timed through the functions above that call them. */
export const TIMED_THROUGH_CALLERS = [
	'byCodeUnits.ts#byCodeUnits',
	'circularLayout.ts#chordPath',
	'filterAtlas.ts#hasFilters',
	'foldText.ts#foldText',
	'foldText.ts#searchTokens',
	'jaccard.ts#jaccard',
	'jaccard.ts#intersection',
	'networkEdges.ts#maxShared',
	'networkEdges.ts#readableThreshold',
	'networkEdges.ts#edgeDegrees'
];

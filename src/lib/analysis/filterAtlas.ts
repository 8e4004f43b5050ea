import type { Atlas } from '$lib/data/atlas';
import type { Lang, Practice } from '$lib/data/types';
import { searchTokens } from './foldText';
import { searchText } from './searchText';

export const MATCHES = ['any', 'all'] as const;
export type Match = (typeof MATCHES)[number];

export interface Filters {
	/** Theme ids; a place matches with any of them, or only with all of them (`match`). */
	themes: readonly string[];
	match: Match;
	regions: readonly string[];
	/** Group ids; a practice matches when it serves any of them. */
	groups: readonly string[];
	/** Free text, matched word by word, ignoring case and accents. */
	q: string;
}

export const NO_FILTERS: Filters = { themes: [], match: 'any', regions: [], groups: [], q: '' };

export interface FilterResult {
	/** Matching places, in atlas order. */
	readonly placeIds: ReadonlySet<string>;
	/** Matching practices of matching places, in atlas order. */
	readonly practices: readonly Practice[];
	readonly practicesByPlace: ReadonlyMap<string, readonly Practice[]>;
	/** Themes of each matching place's matching practices, in theme order. */
	readonly themesByPlace: ReadonlyMap<string, ReadonlySet<string>>;
}

export function hasFilters(filters: Filters): boolean {
	return (
		filters.themes.length > 0 ||
		filters.regions.length > 0 ||
		filters.groups.length > 0 ||
		searchTokens(filters.q).length > 0
	);
}

/**
 * The places and practices that match the filters.
 *
 * A practice matches when it has one of the chosen themes, serves one of the chosen groups, and
 * every word of the search appears in its title, its summary or its place's name (in the reader's
 * language or in English). A place matches when it lies in a chosen region and has a matching
 * practice; with `match: 'all'` its matching practices must cover every chosen theme between them.
 * When neither themes nor groups are chosen, a place whose name matches the search matches even
 * without practices, and with no filter at all every place matches.
 */
export function filterAtlas(atlas: Atlas, filters: Filters, lang: Lang): FilterResult {
	if (!hasFilters(filters)) return everything(atlas);
	const themes = new Set(filters.themes);
	const groups = new Set(filters.groups);
	const regions = new Set(filters.regions);
	const tokens = searchTokens(filters.q);
	const text = tokens.length > 0 ? searchText(atlas, lang) : null;
	const needsPractice = themes.size > 0 || groups.size > 0;

	const placeIds = new Set<string>();
	const practicesByPlace = new Map<string, Practice[]>();
	const themesByPlace = new Map<string, Set<string>>();
	for (const place of atlas.places) {
		if (regions.size > 0 && !regions.has(place.region)) continue;
		const placeText = text?.place.get(place.id) ?? '';
		const nameMatches = text !== null && tokens.every((t) => placeText.includes(t));
		// Made at the first match: at thousands of places many match nothing.
		let matching: Practice[] | null = null;
		const covered = new Set<string>();
		for (const practice of atlas.practicesByPlace.get(place.id) ?? []) {
			if (themes.size > 0 && !practice.themes.some((t) => themes.has(t))) continue;
			if (groups.size > 0 && !practice.groups.some((g) => groups.has(g))) continue;
			if (text !== null && !nameMatches) {
				const practiceText = `${placeText} ${text.practice.get(practice.id) ?? ''}`;
				if (!tokens.every((t) => practiceText.includes(t))) continue;
			}
			(matching ??= []).push(practice);
			for (const theme of practice.themes) covered.add(theme);
		}
		if (filters.match === 'all' && !filters.themes.every((t) => covered.has(t))) continue;
		if (!matching && (needsPractice || (text !== null && !nameMatches))) continue;
		placeIds.add(place.id);
		practicesByPlace.set(place.id, matching ?? []);
		// The place's themes are in theme order already: keeping the covered ones keeps it.
		const placeThemes = atlas.themesByPlace.get(place.id) ?? [];
		themesByPlace.set(place.id, new Set(placeThemes.filter((t) => covered.has(t))));
	}
	const practices = atlas.practices.filter(
		(p) => placeIds.has(p.place) && practicesByPlace.get(p.place)!.includes(p)
	);
	return { placeIds, practices, practicesByPlace, themesByPlace };
}

// Without filters the answer is the atlas itself: computed once per atlas.
const unfiltered = new WeakMap<Atlas, FilterResult>();

function everything(atlas: Atlas): FilterResult {
	let result = unfiltered.get(atlas);
	if (!result) {
		result = {
			placeIds: new Set(atlas.places.map((p) => p.id)),
			practices: atlas.practices,
			practicesByPlace: new Map(
				atlas.places.map((p) => [p.id, atlas.practicesByPlace.get(p.id) ?? []])
			),
			themesByPlace: new Map(
				atlas.places.map((p) => [p.id, new Set(atlas.themesByPlace.get(p.id) ?? [])])
			)
		};
		unfiltered.set(atlas, result);
	}
	return result;
}

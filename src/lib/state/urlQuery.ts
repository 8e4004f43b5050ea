import { MATCHES, type Match } from '$lib/analysis/filterAtlas';
import type { Atlas } from '$lib/data/atlas';
import { LANGS, REGIONS, type Lang, type RegionId } from '$lib/data/types';

export const OVERVIEW_VIEWS = ['regions', 'matrix', 'network'] as const;
export type OverviewView = (typeof OVERVIEW_VIEWS)[number];
export const DEFAULT_VIEW: OverviewView = 'regions';
/** Longer searches are not a reader's: a pasted link with one is dropped rather than truncated. */
export const MAX_SEARCH_LENGTH = 200;

/** Everything of a view that its address holds. */
export interface ViewQuery {
	place: string | null;
	/** Theme ids in theme order, each once. */
	themes: string[];
	match: Match;
	/** Regions in the source's order, each once. */
	regions: RegionId[];
	/** Group ids in group order, each once. */
	groups: string[];
	q: string;
	view: OverviewView;
	lang: Lang;
}

/** The ids an address may name. */
export interface Vocabulary {
	places: ReadonlySet<string>;
	themes: readonly string[];
	groups: readonly string[];
}

/** What the path of the address already says; the query only holds what differs. */
export interface QueryDefaults {
	place: string | null;
	lang: Lang;
}

/** A value of the address that could not be used, as written. */
export interface DroppedValue {
	key: string;
	value: string;
}

export const QUERY_KEYS = [
	'place',
	'themes',
	'match',
	'regions',
	'groups',
	'q',
	'view',
	'lang'
] as const;

/**
 * The ids of `order` that `chosen` holds, each once and in `order`'s order (the data's), so that
 * one view has one address, whichever way its lists were made.
 */
export function inOrder<T extends string>(order: readonly T[], chosen: Iterable<string>): T[] {
	const wanted = new Set(chosen);
	return order.filter((id) => wanted.has(id));
}

export function vocabularyOf(atlas: Atlas): Vocabulary {
	return {
		places: new Set(atlas.places.map((p) => p.id)),
		themes: atlas.themes.map((t) => t.id),
		groups: atlas.groups.map((g) => g.id)
	};
}

export function defaultQuery(defaults: QueryDefaults): ViewQuery {
	return {
		place: defaults.place,
		themes: [],
		match: 'any',
		regions: [],
		groups: [],
		q: '',
		view: DEFAULT_VIEW,
		lang: defaults.lang
	};
}

/**
 * Reads a query string. Never throws: a value that is unknown or malformed is left out and listed in
 * `dropped`, so the page can say so. Lists are comma-separated (`themes=gender,procurement`; a
 * repeated key adds to the list) and come back in vocabulary order without repeats.
 */
export function parseQuery(
	search: string | URLSearchParams,
	vocabulary: Vocabulary,
	defaults: QueryDefaults
): { query: ViewQuery; dropped: DroppedValue[] } {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const dropped: DroppedValue[] = [];
	const query = defaultQuery(defaults);

	const one = <T extends string>(key: string, valid: (value: string) => value is T) =>
		readOne(params, key, valid, dropped);
	function list<T extends string>(key: string, known: readonly T[]): T[] {
		const chosen = new Set<string>();
		for (const value of params.getAll(key).flatMap((v) => v.split(',')))
			if ((known as readonly string[]).includes(value.trim())) chosen.add(value.trim());
			else if (value.trim() !== '') dropped.push({ key, value });
		return inOrder(known, chosen);
	}
	const isIn =
		<T extends string>(values: readonly T[]) =>
		(value: string): value is T =>
			(values as readonly string[]).includes(value);

	query.place = one('place', (v): v is string => vocabulary.places.has(v)) ?? defaults.place;
	query.themes = list('themes', vocabulary.themes);
	query.match = one('match', isIn(MATCHES)) ?? 'any';
	query.regions = list('regions', REGIONS);
	query.groups = list('groups', vocabulary.groups);
	query.q = one('q', (v): v is string => v.length <= MAX_SEARCH_LENGTH) ?? '';
	query.view = one('view', isIn(OVERVIEW_VIEWS)) ?? DEFAULT_VIEW;
	query.lang = one('lang', isIn(LANGS)) ?? defaults.lang;
	return { query, dropped };
}

/**
 * The first valid value of `key` (empty values are skipped); every other value, invalid or
 * repeating the key with another value, goes to `dropped`. Shared with the embed's own keys.
 */
export function readOne<T extends string>(
	params: URLSearchParams,
	key: string,
	valid: (value: string) => value is T,
	dropped: DroppedValue[]
): T | undefined {
	let found: T | undefined;
	for (const value of params.getAll(key)) {
		if (value === '') continue;
		if (found === undefined && valid(value)) found = value;
		else if (value !== found) dropped.push({ key, value });
	}
	return found;
}

/**
 * Writes a view as a query string (without `?`), in a fixed key order, leaving out every value the
 * path or the defaults already give. `parseQuery` reads it back to the same view.
 */
export function serialiseQuery(query: ViewQuery, defaults: QueryDefaults): string {
	const parts: string[] = [];
	// Ids are kebab-case ASCII: they need no escaping, and commas stay readable.
	if (query.place !== null && query.place !== defaults.place)
		parts.push(`place=${encodeURIComponent(query.place)}`);
	if (query.themes.length > 0)
		parts.push(`themes=${query.themes.map(encodeURIComponent).join(',')}`);
	if (query.match !== 'any') parts.push(`match=${query.match}`);
	if (query.regions.length > 0) parts.push(`regions=${query.regions.join(',')}`);
	if (query.groups.length > 0)
		parts.push(`groups=${query.groups.map(encodeURIComponent).join(',')}`);
	if (query.q !== '') parts.push(`q=${encodeURIComponent(wellFormed(query.q))}`);
	if (query.view !== DEFAULT_VIEW) parts.push(`view=${query.view}`);
	if (query.lang !== defaults.lang) parts.push(`lang=${query.lang}`);
	return parts.join('&');
}

// encodeURIComponent throws on a lone surrogate; an address cannot hold one anyway.
const wellFormed = (text: string) =>
	text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/**
 * Whether `next` only goes on typing the search of `previous` (both non-empty, nothing else
 * changed): such a change replaces the history entry instead of adding one per keystroke, while
 * starting or clearing a search still adds one, so Back returns to the view before the search.
 */
export function continuesSearch(previous: ViewQuery, next: ViewQuery): boolean {
	return (
		previous.q !== '' &&
		next.q !== '' &&
		serialiseQuery({ ...previous, q: '' }, DEFAULTS_NONE) ===
			serialiseQuery({ ...next, q: '' }, DEFAULTS_NONE)
	);
}
const DEFAULTS_NONE: QueryDefaults = { place: null, lang: 'en' };

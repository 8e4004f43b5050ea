import {
	parseQuery,
	QUERY_KEYS,
	serialiseQuery,
	type DroppedValue,
	type ViewQuery,
	type Vocabulary
} from './urlQuery';
import { explorerPath, parsePath } from './urlPath';

/** The view an address shows: the path gives the language and place, the query the rest. */
export function queryFromAddress(
	address: { pathname: string; search: string },
	vocabulary: Vocabulary,
	base = ''
): { query: ViewQuery; dropped: DroppedValue[] } {
	const path = parsePath(address.pathname, base);
	const place = path.place !== null && vocabulary.places.has(path.place) ? path.place : null;
	return parseQuery(address.search, vocabulary, { place, lang: path.lang });
}

/**
 * The address of a view, seen from the current address. On the explorer's own pages the path
 * follows the view (`/fr/place/quilmes` is that place's prerendered page, so a copied link works
 * even without JavaScript); on other pages (an embed) the path stays and the query says it all.
 * Query keys that are not the view's are kept, for the pages that use them.
 */
export function addressFor(
	query: ViewQuery,
	current: { pathname: string; search: string },
	base = ''
): string {
	const here = parsePath(current.pathname, base);
	const onExplorer = here.kind !== 'other';
	const pathname = onExplorer ? explorerPath(query.lang, query.place, base) : current.pathname;
	const defaults = onExplorer
		? { place: query.place, lang: query.lang }
		: { place: null, lang: here.lang };
	const foreign = [...new URLSearchParams(current.search)]
		.filter(([key]) => !(QUERY_KEYS as readonly string[]).includes(key))
		.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
	const search = [serialiseQuery(query, defaults), ...foreign].filter(Boolean).join('&');
	return search ? `${pathname}?${search}` : pathname;
}

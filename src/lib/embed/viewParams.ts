import type { Lang } from '$lib/data/types';
import { isLang } from '$lib/i18n';
import { isId } from './messages';

/**
 * The view-state part of an `/embed` address: the same keys as the explorer's own address, so an
 * explorer link and an embed address describe a view the same way. This adapter reads only
 * `place` and `lang`; the other view keys (`themes`, `match`, `regions`, `groups`, `q`, `view`)
 * belong to the view-state URL module of `src/lib/state`, and this adapter defers to that module
 * for all keys once it is available, so that the embed and the explorer never parse an address in
 * two ways.
 */
export interface ViewParams {
	place: string | null;
	lang: Lang | null;
}

export function parseViewParams(search: URLSearchParams): ViewParams {
	const place = search.get('place');
	const lang = search.get('lang');
	return {
		place: isId(place) ? place : null,
		lang: isLang(lang) ? lang : null
	};
}

/** `place` for an address; the language goes in the path (`/fr/embed`), so first paint is right. */
export function viewParamsToSearch(view: { place: string | null }): URLSearchParams {
	const search = new URLSearchParams();
	if (view.place) search.set('place', view.place);
	return search;
}

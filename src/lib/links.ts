import { resolve } from '$app/paths';
import type { Lang } from '$lib/data/types';
import { serialiseQuery, type ViewQuery } from '$lib/state/urlQuery';

/** The prerendered address of a place, in the reader's language. */
export function placeHref(id: string, lang: Lang): string {
	return resolve('/[[lang=lang]]/place/[id]', { lang: lang === 'en' ? undefined : lang, id });
}

export function homeHref(lang: Lang): string {
	return resolve('/[[lang=lang]]', { lang: lang === 'en' ? undefined : lang });
}

/** The explorer's address of a whole view: its place and language in the path, its filters after. */
export function viewHref(query: ViewQuery): string {
	const path = query.place ? placeHref(query.place, query.lang) : homeHref(query.lang);
	const search = serialiseQuery(query, { place: query.place, lang: query.lang });
	return search ? `${path}?${search}` : path;
}

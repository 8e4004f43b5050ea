import { LANGS, type Lang } from '$lib/data/types';

/** What an address's path says: the explorer's home, a place's own page, or another page. */
export interface PathInfo {
	kind: 'home' | 'place' | 'other';
	lang: Lang;
	place: string | null;
}

const isLang = (value: string | undefined): value is Lang =>
	(LANGS as readonly (string | undefined)[]).includes(value);

/**
 * Reads a pathname of the site (`/`, `/fr`, `/es/place/quilmes`, under `base`). A leading language
 * segment gives the language of any page; anything but home and place pages is `other`.
 */
export function parsePath(pathname: string, base = ''): PathInfo {
	const rest = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const segments = rest.split('/').filter(Boolean);
	const lang: Lang = isLang(segments[0]) ? (segments.shift() as Lang) : 'en';
	if (segments.length === 0) return { kind: 'home', lang, place: null };
	if (segments.length === 2 && segments[0] === 'place') {
		try {
			return { kind: 'place', lang, place: decodeURIComponent(segments[1]!) };
		} catch {
			return { kind: 'other', lang, place: null };
		}
	}
	return { kind: 'other', lang, place: null };
}

/**
 * The path of the explorer showing `place` (its own prerendered page) or no place (home), in `lang`;
 * the same paths as the routes `/[[lang]]` and `/[[lang]]/place/[id]`.
 */
export function explorerPath(lang: Lang, place: string | null, base = ''): string {
	const prefix = lang === 'en' ? '' : `/${lang}`;
	const path = place === null ? prefix : `${prefix}/place/${encodeURIComponent(place)}`;
	return `${base}${path || '/'}`;
}

/**
 * The embed-only part of an `/embed` address: what to show, a title, the map height and an optional
 * host origin. The view itself (place, filters, language) is read by `viewParams.ts`, and the
 * basemap by the map, which reads its own `basemap` key on every page. Parsing never throws: a
 * missing or bad value falls back to its default, because an address pasted into a CMS by hand must
 * still show a map.
 */

/** `map`: the map alone; `map-panel`: the map, with the selected place's panel below it;
 * the others: one overview view of the panels. */
export const SHOW_VALUES = ['map', 'map-panel', 'matrix', 'regions', 'network'] as const;
export type EmbedShow = (typeof SHOW_VALUES)[number];

export const HEIGHT_MIN = 200;
export const HEIGHT_MAX = 1600;
export const TITLE_MAX = 120;

export interface EmbedParams {
	show: EmbedShow;
	/** A heading above the map, as plain text. */
	title: string | null;
	/** Height of the map (or overview view) in CSS pixels; the frame adds the title and credit. */
	height: number;
	/** When set, the embed takes commands only from a host page of this origin, and sends its
	 * messages only there. */
	origin: string | null;
}

export const DEFAULT_EMBED: Readonly<EmbedParams> = {
	show: 'map-panel',
	title: null,
	height: 480,
	origin: null
};

const EMBED_KEYS = ['show', 'title', 'height', 'origin'] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
	return value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function parseHeight(value: string | null): number {
	if (value === null || !/^\d{1,5}$/.test(value.trim())) return DEFAULT_EMBED.height;
	return Math.min(HEIGHT_MAX, Math.max(HEIGHT_MIN, Number(value)));
}

/** Plain one-line text: control characters and runs of spaces removed, at most TITLE_MAX characters. */
export function parseTitle(value: string | null): string | null {
	if (value === null) return null;
	// eslint-disable-next-line no-control-regex
	const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e]/g, ' ');
	const text = [...clean.replace(/\s+/g, ' ').trim()].slice(0, TITLE_MAX).join('').trim();
	return text === '' ? null : text;
}

/** An http(s) origin written exactly as browsers report `event.origin` (no path, no slash). */
export function parseOrigin(value: string | null): string | null {
	if (value === null || value.length > 200) return null;
	try {
		const url = new URL(value);
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
		return url.origin === value.replace(/\/$/, '') ? url.origin : null;
	} catch {
		return null;
	}
}

export function parseEmbedParams(search: URLSearchParams): EmbedParams {
	return {
		show: oneOf(SHOW_VALUES, search.get('show'), DEFAULT_EMBED.show),
		title: parseTitle(search.get('title')),
		height: parseHeight(search.get('height')),
		origin: parseOrigin(search.get('origin'))
	};
}

/** The parameters that differ from the defaults, in a stable order, for short addresses. */
export function embedParamsToSearch(params: Partial<EmbedParams>): URLSearchParams {
	const search = new URLSearchParams();
	for (const key of EMBED_KEYS) {
		const value = params[key];
		if (value === undefined || value === null || value === DEFAULT_EMBED[key]) continue;
		search.set(key, String(value));
	}
	return search;
}

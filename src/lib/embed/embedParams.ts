import { oneLine } from '$lib/plainText';
import { readOne, type DroppedValue } from '$lib/state/urlQuery';

/**
 * The embed-only part of an `/embed` address: what to show, a title, the map height and an optional
 * host origin. The view itself (place, filters, language) is read by the view-state module
 * (`$lib/state/urlQuery`), as on every page, and the basemap by the map, which reads its own
 * `basemap` key. Parsing never throws: a missing or bad value falls back to its default, and is
 * listed as dropped so the page can say so, because an address pasted into a CMS by hand must
 * still show a map.
 */

/** `map`: the map alone; `map-panel`: the map, with the selected place's panel below it;
 * the others: one overview view of the panels. */
export const SHOW_VALUES = ['map', 'map-panel', 'matrix', 'regions', 'network'] as const;
export type EmbedShow = (typeof SHOW_VALUES)[number];

/**
 * Height of the embed's title bar and of its bottom bar, in CSS pixels; the embed's CSS uses the
 * same. Here rather than with the snippets, which only the share dialog loads.
 */
export const BAR_HEIGHT = 40;

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

export const EMBED_KEYS = ['show', 'title', 'height', 'origin'] as const;

const isShow = (value: string): value is EmbedShow =>
	(SHOW_VALUES as readonly string[]).includes(value);
const isHeight = (value: string): value is string => /^\d{1,5}$/.test(value.trim());
const isOrigin = (value: string): value is string => parseOrigin(value) !== null;

/** A height in CSS pixels, clamped to HEIGHT_MIN…HEIGHT_MAX; anything but digits gives the default. */
export function parseHeight(value: string | null): number {
	if (value === null || !isHeight(value)) return DEFAULT_EMBED.height;
	return Math.min(HEIGHT_MAX, Math.max(HEIGHT_MIN, Number(value)));
}

/** Plain one-line text (see `oneLine`), at most TITLE_MAX characters. */
export function parseTitle(value: string | null): string | null {
	if (value === null) return null;
	const text = oneLine(value, TITLE_MAX);
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

/**
 * Reads the embed's keys; a value that is not valid, or that repeats a key with another value, is
 * listed in `dropped`. A title is always text: it is cleaned and shortened, never dropped.
 */
export function readEmbedAddress(search: URLSearchParams): {
	params: EmbedParams;
	dropped: DroppedValue[];
} {
	const dropped: DroppedValue[] = [];
	const params: EmbedParams = {
		show: readOne(search, 'show', isShow, dropped) ?? DEFAULT_EMBED.show,
		title: parseTitle(search.get('title')),
		height: parseHeight(readOne(search, 'height', isHeight, dropped) ?? null),
		origin: parseOrigin(readOne(search, 'origin', isOrigin, dropped) ?? null)
	};
	return { params, dropped };
}

export function parseEmbedParams(search: URLSearchParams): EmbedParams {
	return readEmbedAddress(search).params;
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

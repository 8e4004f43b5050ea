/**
 * Colours the stylesheet cannot give by itself: the MapLibre basemap and the places drawn on it
 * (WebGL paint properties take colour strings, not CSS variables), and the ends of chart scales
 * that D3 interpolates. Each light colour has its dark twin; `src/app.css` holds the same values
 * as CSS variables for everything drawn in HTML or SVG. Contrast figures are checked in
 * palette.test.ts (WCAG 2.2: 4.5:1 text, 3:1 meaningful graphics).
 */
export interface Palette {
	/** Page background and text. */
	background: string;
	text: string;
	muted: string;
	accent: string;
	/** Basemap: sea, land and country borders. */
	water: string;
	land: string;
	border: string;
	/** A place dot and its outline; the outline of the selected place. */
	place: string;
	placeOutline: string;
	selectedOutline: string;
	/** The ends of a sequential scale (matrix cells: none → most). */
	scaleLow: string;
	scaleHigh: string;
}

export const LIGHT_PALETTE: Palette = {
	background: '#ffffff',
	text: '#1a1a1a',
	muted: '#555555',
	accent: '#1d4e89',
	water: '#dde7ef',
	land: '#f7f5f0',
	border: '#8c867b',
	place: '#1d4e89',
	placeOutline: '#ffffff',
	selectedOutline: '#000000',
	scaleLow: '#ffffff',
	scaleHigh: '#1d4e89'
};

export const DARK_PALETTE: Palette = {
	background: '#15181c',
	text: '#e9e9e6',
	muted: '#b4b8be',
	accent: '#8fb8ec',
	water: '#0f1d2b',
	land: '#2a2d31',
	border: '#6f757d',
	place: '#8fb8ec',
	placeOutline: '#15181c',
	selectedOutline: '#ffffff',
	scaleLow: '#15181c',
	scaleHigh: '#8fb8ec'
};

export const paletteFor = (dark: boolean): Palette => (dark ? DARK_PALETTE : LIGHT_PALETTE);

/** The three colours of `src/lib/map/mapStyle.ts`'s `BasemapColors`, for `buildStyle(url, basemapColors(dark))`. */
export function basemapColors(dark: boolean): { water: string; land: string; border: string } {
	const { water, land, border } = paletteFor(dark);
	return { water, land, border };
}

import type { FilterSpecification, FontFacesSpecification, StyleSpecification } from 'maplibre-gl';
import { LIGHT_MAP_COLORS, type MapColors } from './mapColors';

/** The font every label is drawn with; its files ship with the app (see `font-faces`). */
export const LABEL_FONT = 'Noto Sans Regular';

/** Zoom from which the finer (1:50m) country outlines replace the coarse (1:110m) ones. */
export const DETAIL_ZOOM = 3;

export interface FontFile {
	url: string;
	/** CSS unicode-range entries this file covers; all of Unicode when absent. */
	unicodeRange?: string[];
}

export interface BasemapInputs {
	/** Absolute URL of the coarse countries GeoJSON served by the site. */
	countriesUrl: string;
	/** Files of the label font, first match wins. */
	fonts: FontFile[];
	colors?: MapColors;
}

export function fontFaces(fonts: readonly FontFile[]): FontFacesSpecification {
	return {
		[LABEL_FONT]: fonts.map(({ url, unicodeRange }) =>
			unicodeRange ? { url, 'unicode-range': unicodeRange } : { url }
		)
	};
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
// The basemap files hold land polygons and border lines (see topoToGeo.ts).
const LAND: FilterSpecification = ['==', ['get', 'kind'], 'land'];
const BORDER: FilterSpecification = ['==', ['get', 'kind'], 'border'];

/**
 * The bundled basemap: an inline style whose only data are the land and borders GeoJSON served by
 * the site itself and whose labels use a font shipped with the app, so no tile, glyph or sprite
 * server is needed. The finer outlines start empty and are loaded only once the reader zooms in
 * (`countries-detail`, see `detailBasemap.ts`). Places and links are added on top by the map.
 */
export function buildStyle({
	countriesUrl,
	fonts,
	colors = LIGHT_MAP_COLORS
}: BasemapInputs): StyleSpecification {
	return {
		version: 8,
		'font-faces': fontFaces(fonts),
		sources: {
			countries: { type: 'geojson', data: countriesUrl },
			'countries-detail': { type: 'geojson', data: EMPTY }
		},
		layers: [
			{ id: 'water', type: 'background', paint: { 'background-color': colors.water } },
			{
				id: 'land',
				type: 'fill',
				source: 'countries',
				filter: LAND,
				paint: { 'fill-color': colors.land }
			},
			{
				id: 'land-detail',
				type: 'fill',
				source: 'countries-detail',
				filter: LAND,
				minzoom: DETAIL_ZOOM,
				paint: { 'fill-color': colors.land }
			},
			{
				id: 'coast',
				type: 'line',
				source: 'countries',
				filter: LAND,
				maxzoom: DETAIL_ZOOM,
				paint: { 'line-color': colors.border, 'line-width': 0.5 }
			},
			{
				id: 'coast-detail',
				type: 'line',
				source: 'countries-detail',
				filter: LAND,
				minzoom: DETAIL_ZOOM,
				paint: { 'line-color': colors.border, 'line-width': 0.6 }
			},
			{
				id: 'borders',
				type: 'line',
				source: 'countries',
				filter: BORDER,
				maxzoom: DETAIL_ZOOM,
				paint: { 'line-color': colors.border, 'line-width': 0.6 }
			},
			{
				id: 'borders-detail',
				type: 'line',
				source: 'countries-detail',
				filter: BORDER,
				minzoom: DETAIL_ZOOM,
				paint: {
					'line-color': colors.border,
					'line-width': ['interpolate', ['linear'], ['zoom'], DETAIL_ZOOM, 0.6, 8, 1.4]
				}
			}
		]
	};
}

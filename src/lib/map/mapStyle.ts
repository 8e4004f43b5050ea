import type { StyleSpecification } from 'maplibre-gl';

export interface BasemapColors {
	water: string;
	land: string;
	border: string;
}

export const LIGHT_BASEMAP: BasemapColors = { water: '#dde7ef', land: '#f7f5f0', border: '#b9b4aa' };

/**
 * The bundled basemap: an inline style whose only source is the countries GeoJSON served by the
 * site itself. No tile, glyph or sprite server.
 */
export function buildStyle(countriesUrl: string, colors: BasemapColors = LIGHT_BASEMAP): StyleSpecification {
	return {
		version: 8,
		sources: {
			countries: { type: 'geojson', data: countriesUrl, attribution: 'Natural Earth' }
		},
		layers: [
			{ id: 'water', type: 'background', paint: { 'background-color': colors.water } },
			{ id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': colors.land } },
			{ id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': colors.border, 'line-width': 0.6 } }
		]
	};
}

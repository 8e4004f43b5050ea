/**
 * The bare reference for the map's start-up: MapLibre alone, with the basemap GeoJSON and the
 * places of the app build it is copied into, and the same first view; no labels, icons or links.
 * Served at <build>/bench-reference/?basemap=countries-110m.geojson&width=…&height=… by the
 * benchmark, with the size of the app's map.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Point } from 'geojson';
import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { initialBounds } from '../../src/lib/map/initialView';

setWorkerUrl(workerUrl);

const params = new URLSearchParams(location.search);
const basemap = new URL(
	`../basemap/${params.get('basemap') ?? 'countries-110m.geojson'}`,
	location.href
).href;
const placesUrl = new URL('../data/places.geojson', location.href).href;
// The app's map is not the whole window: draw the same number of pixels.
const container = document.getElementById('map')!;
for (const side of ['width', 'height'] as const) {
	const px = Number(params.get(side));
	if (px > 0) container.style[side] = `${px}px`;
}

const places = (await (await fetch(placesUrl)).json()) as FeatureCollection<Point>;
const bounds = initialBounds(
	places.features.map((f) => ({ lon: f.geometry.coordinates[0]!, lat: f.geometry.coordinates[1]! }))
);

// Its own plain style (not the app's, which changes): water, land, borders, one circle per place.
const style: StyleSpecification = {
	version: 8,
	sources: {
		countries: { type: 'geojson', data: basemap },
		places: { type: 'geojson', data: places, promoteId: 'id' }
	},
	layers: [
		{ id: 'water', type: 'background', paint: { 'background-color': '#dde7ef' } },
		{ id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f7f5f0' } },
		{
			id: 'borders',
			type: 'line',
			source: 'countries',
			paint: { 'line-color': '#b9b4aa', 'line-width': 0.6 }
		},
		{
			id: 'places-circle',
			type: 'circle',
			source: 'places',
			paint: {
				'circle-radius': ['+', 5, ['*', 2.2, ['sqrt', ['get', 'practices']]]],
				'circle-color': '#1d4e89',
				'circle-opacity': 0.85,
				'circle-stroke-color': '#fff',
				'circle-stroke-width': 1.5
			}
		}
	]
};

const map = new MapLibreMap({
	container: 'map',
	style,
	bounds,
	fitBoundsOptions: { padding: 0 },
	renderWorldCopies: false,
	attributionControl: { compact: true }
});
// The same handle the app sets on its first idle: the benchmark times both the same way.
map.once('idle', () => ((window as unknown as { __hrcMap?: MapLibreMap }).__hrcMap = map));

import { error } from '@sveltejs/kit';
import countries110 from 'world-atlas/countries-110m.json';
import countries50 from 'world-atlas/countries-50m.json';
import land110 from 'world-atlas/land-110m.json';
import land50 from 'world-atlas/land-50m.json';
import type { Topology } from 'topojson-specification';
import { basemapFromTopology } from '$lib/map/topoToGeo';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Coarse outlines for world zoom, finer ones loaded only when the reader zooms in (Natural Earth, public domain). */
const SCALES: Record<string, [land: unknown, countries: unknown]> = {
	'countries-110m.geojson': [land110, countries110],
	'countries-50m.geojson': [land50, countries50]
};

export const entries: EntryGenerator = () => Object.keys(SCALES).map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const scale = SCALES[params.file];
	if (!scale) error(404, 'No such basemap file');
	const [land, countries] = scale as [Topology, Topology];
	return new Response(JSON.stringify(basemapFromTopology(land, countries)), {
		headers: { 'content-type': 'application/geo+json; charset=utf-8' }
	});
};

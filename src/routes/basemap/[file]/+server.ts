import { error } from '@sveltejs/kit';
import countries110 from 'world-atlas/countries-110m.json';
import countries50 from 'world-atlas/countries-50m.json';
import type { Topology } from 'topojson-specification';
import { countriesFromTopology } from '$lib/map/topoToGeo';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Coarse outlines for world zoom, finer ones loaded only when the reader zooms in. */
const TOPOLOGIES: Record<string, unknown> = {
	'countries-110m.geojson': countries110,
	'countries-50m.geojson': countries50
};

export const entries: EntryGenerator = () => Object.keys(TOPOLOGIES).map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const topology = TOPOLOGIES[params.file];
	if (!topology) error(404, 'No such basemap file');
	return new Response(JSON.stringify(countriesFromTopology(topology as Topology)), {
		headers: { 'content-type': 'application/geo+json; charset=utf-8' }
	});
};

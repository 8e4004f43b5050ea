import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import land110 from 'world-atlas/land-110m.json';

/**
 * The coarse land, for the server only: prerendered pages carry its outline, and browsers keep
 * that outline rather than download the geometry with their first JavaScript. (`import.meta.env.SSR`
 * is false in the browser build, which then leaves world-atlas out.)
 */
export const serverLand: GeoJSON.FeatureCollection | null = import.meta.env.SSR
	? (feature(
			land110 as unknown as Topology,
			(land110 as unknown as Topology).objects.land as GeometryCollection
		) as GeoJSON.FeatureCollection)
	: null;

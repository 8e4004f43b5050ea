import { byCodeUnits } from '$lib/analysis/byCodeUnits';
import type { Atlas } from '$lib/data/atlas';
import { arcMidpoint, greatCircleArc, type LonLat } from './arcs';

type Lines = GeoJSON.FeatureCollection<GeoJSON.LineString>;
type Points = GeoJSON.FeatureCollection<GeoJSON.Point>;

const lonLat = (atlas: Atlas, id: string): LonLat | null => {
	const place = atlas.placeById.get(id);
	return place ? [place.lon, place.lat] : null;
};

/**
 * The links the source states between places, as directed great-circle arcs, and one arrow per
 * arc at its midpoint pointing from who leads to who takes part.
 */
export function cooperationLinks(atlas: Atlas): { arcs: Lines; arrows: Points } {
	const arcs: Lines = { type: 'FeatureCollection', features: [] };
	const arrows: Points = { type: 'FeatureCollection', features: [] };
	for (const link of atlas.links) {
		const [from, to] = [lonLat(atlas, link.from), lonLat(atlas, link.to)];
		if (!from || !to) continue;
		const properties = { id: link.id, from: link.from, to: link.to, kind: link.kind };
		arcs.features.push({
			type: 'Feature',
			properties,
			geometry: { type: 'LineString', coordinates: greatCircleArc(from, to) }
		});
		const { point, bearing } = arcMidpoint(from, to);
		arrows.features.push({
			type: 'Feature',
			properties: { ...properties, bearing },
			geometry: { type: 'Point', coordinates: point }
		});
	}
	return { arcs, arrows };
}

/** The other places that share at least one theme with `placeId`, most shared first. */
export function placesSharingThemes(
	themesByPlace: ReadonlyMap<string, readonly string[]>,
	placeId: string
): { id: string; count: number }[] {
	const own = new Set(themesByPlace.get(placeId) ?? []);
	const shared: { id: string; count: number }[] = [];
	for (const [id, themes] of themesByPlace) {
		if (id === placeId) continue;
		const count = themes.filter((theme) => own.has(theme)).length;
		if (count > 0) shared.push({ id, count });
	}
	return shared.sort((a, b) => b.count - a.count || byCodeUnits(a.id, b.id));
}

/**
 * At most this many shared-theme arcs: beyond, a map of lines says nothing a reader can follow,
 * and at thousands of places drawing them all cost a selection a third of a second.
 */
export const MAX_SHARED_ARCS = 50;

/**
 * Arcs from the selected place to the places sharing themes with it, weighted by how many: the
 * `limit` places sharing the most.
 */
export function sharedThemeArcs(
	atlas: Atlas,
	placeId: string | null,
	limit = MAX_SHARED_ARCS
): Lines {
	const from = placeId ? lonLat(atlas, placeId) : null;
	if (!placeId || !from) return { type: 'FeatureCollection', features: [] };
	const shared = placesSharingThemes(atlas.themesByPlace, placeId).slice(0, limit);
	return {
		type: 'FeatureCollection',
		features: shared.flatMap(({ id, count }) => {
			const to = lonLat(atlas, id);
			if (!to) return [];
			return [
				{
					type: 'Feature' as const,
					properties: { from: placeId, to: id, count },
					geometry: { type: 'LineString' as const, coordinates: greatCircleArc(from, to) }
				}
			];
		})
	};
}

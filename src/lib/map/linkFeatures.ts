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

/**
 * The other places that share at least one theme with `placeId`, most shared first (then by id),
 * the first `limit` of them. Counted into one bucket per number of themes shared, without a list
 * per place: at 10,000 places, only the buckets that reach `limit` are sorted.
 */
export function placesSharingThemes(
	themesByPlace: ReadonlyMap<string, readonly string[]>,
	placeId: string,
	limit = Infinity
): { id: string; count: number }[] {
	const own = new Set(themesByPlace.get(placeId) ?? []);
	const byCount: string[][] = [];
	for (const [id, themes] of themesByPlace) {
		if (id === placeId) continue;
		let count = 0;
		for (const theme of themes) if (own.has(theme)) count++;
		if (count > 0) (byCount[count] ??= []).push(id);
	}
	const shared: { id: string; count: number }[] = [];
	for (let count = byCount.length - 1; count > 0 && shared.length < limit; count--)
		for (const id of byCount[count]?.sort(byCodeUnits) ?? []) {
			if (shared.length === limit) break;
			shared.push({ id, count });
		}
	return shared;
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
	const shared = placesSharingThemes(atlas.themesByPlace, placeId, limit);
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

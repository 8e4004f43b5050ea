import type { Atlas } from '$lib/data/atlas';
import type { Localized, PlaceKind, RegionId } from '$lib/data/types';
import type { LonLat } from './arcs';
import { symbolExtent, symbolRadius, symbolShape, type SymbolShape } from './placeSymbols';
import { spreadSymbols } from './spreadSymbols';

/** What both renderers need to draw one place. */
export interface PlaceSymbol {
	id: string;
	name: Localized;
	kind: PlaceKind;
	region: RegionId;
	lon: number;
	lat: number;
	practices: number;
	shape: SymbolShape;
	radius: number;
	/** Half the width of the drawn shape, in pixels. */
	extent: number;
}

/**
 * The smallest target a place offers a finger or a pointer (WCAG 2.2 target size, 2.5.8): places
 * are spread so that targets this wide never overlap, whatever the size of their symbols.
 */
export const MIN_TARGET_PX = 24;

/**
 * Whether two sets of place ids hold the same places: whether the places to frame have changed.
 * (A sorted, joined key per set took 10 ms of each filter at 10,000 places, for each map.)
 */
export function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
	if (a.size !== b.size) return false;
	for (const id of a) if (!b.has(id)) return false;
	return true;
}

/** One symbol per place, west to east: the order in which the keyboard visits them. */
export function placeSymbols(atlas: Atlas): PlaceSymbol[] {
	return atlas.places
		.map((place) => {
			const practices = atlas.practicesByPlace.get(place.id)?.length ?? 0;
			const shape = symbolShape(place.kind);
			const radius = symbolRadius(practices);
			const { id, name, kind, region, lon, lat } = place;
			return {
				id,
				name,
				kind,
				region,
				lon,
				lat,
				practices,
				shape,
				radius,
				extent: symbolExtent(shape, radius)
			};
		})
		.sort((a, b) => a.lon - b.lon || b.lat - a.lat);
}

type Project = (lonLat: LonLat) => { x: number; y: number };
type Unproject = (point: { x: number; y: number }) => LonLat;

/**
 * Spreads the symbols that overlap at the current view (see `spreadSymbols`) and returns where to
 * draw the ones that moved, as longitude and latitude; the others stay at their true position.
 * `project` and `unproject` are the renderer's own (MapLibre's camera or the SVG projection).
 */
export function spreadPositions(
	symbols: readonly PlaceSymbol[],
	project: Project,
	unproject: Unproject,
	{
		gap = 2,
		visible = (_id: string) => true
	}: { gap?: number; visible?: (id: string) => boolean } = {}
): Map<string, LonLat> {
	const onScreen = symbols
		.filter((s) => visible(s.id))
		.map((s) => ({
			id: s.id,
			r: Math.max(s.extent, MIN_TARGET_PX / 2),
			...project([s.lon, s.lat])
		}));
	const spread = spreadSymbols(onScreen, { gap });
	const moved = new Map<string, LonLat>();
	for (const s of onScreen) {
		const p = spread.get(s.id)!;
		if (Math.hypot(p.x - s.x, p.y - s.y) > 0.5) moved.set(s.id, unproject(p));
	}
	return moved;
}

/** The places source: one point per place where it is drawn, with what the layers style it by. */
export function placesGeoJson(
	symbols: readonly PlaceSymbol[],
	moved: ReadonlyMap<string, LonLat>
): GeoJSON.FeatureCollection<GeoJSON.Point> {
	return {
		type: 'FeatureCollection',
		features: symbols.map((s) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: moved.get(s.id) ?? [s.lon, s.lat] },
			properties: {
				id: s.id,
				name_en: s.name.en,
				name_fr: s.name.fr ?? null,
				name_es: s.name.es ?? null,
				region: s.region,
				shape: s.shape,
				practices: s.practices,
				radius: s.radius,
				extent: s.extent
			}
		}))
	};
}

/** The selected place's feature alone (none when no place is selected), for its own label. */
export function selectedGeoJson(
	places: GeoJSON.FeatureCollection<GeoJSON.Point>,
	id: string | null
): GeoJSON.FeatureCollection<GeoJSON.Point> {
	return {
		type: 'FeatureCollection',
		features: id === null ? [] : places.features.filter((f) => f.properties?.id === id)
	};
}

/** For each moved place: a leader line from its true position to its symbol, and a dot where it really is. */
export function leadersGeoJson(
	symbols: readonly PlaceSymbol[],
	moved: ReadonlyMap<string, LonLat>
): GeoJSON.FeatureCollection {
	const features: GeoJSON.Feature[] = [];
	for (const s of symbols) {
		const to = moved.get(s.id);
		if (!to) continue;
		const properties = { id: s.id };
		features.push({
			type: 'Feature',
			properties,
			geometry: { type: 'LineString', coordinates: [[s.lon, s.lat], to] }
		});
		features.push({
			type: 'Feature',
			properties,
			geometry: { type: 'Point', coordinates: [s.lon, s.lat] }
		});
	}
	return { type: 'FeatureCollection', features };
}

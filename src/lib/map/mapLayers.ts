import type {
	CircleLayerSpecification,
	DataDrivenPropertyValueSpecification,
	ExpressionSpecification,
	LineLayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { Lang } from '$lib/data/types';
import type { MapColors } from './mapColors';
import { LABEL_FONT } from './mapStyle';
import { ICON_BOX_RATIO, ICON_RADIUS } from './sdfIcons';
import { UNKNOWN_REGION_COLOR } from './regionColors';

/**
 * The layers MapLibre draws the data with, on top of any basemap. Hover, selection and the
 * filters reach them through feature-state (`hovered`, `selected`, `dimmed`), which only repaints:
 * a filter or layout change would make MapLibre lay out every place's label again. The data
 * changes only with the spread of close places (on zoom); the selected place's label and arcs
 * rewrite their own small sources.
 */

export const PLACE_ICON = {
	circle: 'place-circle',
	diamond: 'place-diamond',
	arrow: 'link-arrow'
} as const;

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const dimmed = <T>(faded: T, normal: T) =>
	['case', state('dimmed'), faded, normal] as DataDrivenPropertyValueSpecification<T>;

function regionColor(colors: MapColors): ExpressionSpecification {
	const pairs = Object.entries(colors.regions).flat();
	return [
		'match',
		['get', 'region'],
		...pairs,
		UNKNOWN_REGION_COLOR
	] as unknown as ExpressionSpecification;
}

type Layer<T> = Omit<T, 'source'> & { source: string };

/**
 * Beyond this many places the labels wait for the reader to zoom in: at the world view hardly any
 * of thousands of labels finds room, and looking for room for each of them (MapLibre's collision
 * index) took half of every selection's time at 10,000 places. The selected place is always named.
 */
export const LABELLED_AT_ANY_ZOOM_MAX = 1000;
export const CROWDED_LABEL_ZOOM = 4;

export function placeLayers(colors: MapColors, lang: Lang, placeCount = 0) {
	const leaders: Layer<LineLayerSpecification> = {
		id: 'place-leaders',
		type: 'line',
		source: 'place-leaders',
		filter: ['==', ['geometry-type'], 'LineString'],
		paint: { 'line-color': colors.leader, 'line-width': 1, 'line-opacity': dimmed(0.25, 0.8) }
	};
	const anchors: Layer<CircleLayerSpecification> = {
		id: 'place-anchors',
		type: 'circle',
		source: 'place-leaders',
		filter: ['==', ['geometry-type'], 'Point'],
		paint: {
			'circle-radius': 2,
			'circle-color': colors.leader,
			'circle-opacity': dimmed(0.25, 0.9)
		}
	};
	const rings: Layer<CircleLayerSpecification> = {
		id: 'place-rings',
		type: 'circle',
		source: 'places',
		paint: {
			'circle-radius': ['+', ['get', 'extent'], 3],
			'circle-opacity': 0,
			'circle-stroke-color': ['case', state('selected'), colors.selected, colors.hovered],
			'circle-stroke-width': ['case', state('selected'), 3, state('hovered'), 2, 0]
		}
	};
	const labelled: Layer<SymbolLayerSpecification> = {
		id: 'place-labels',
		type: 'symbol',
		source: 'places',
		layout: {
			'text-field': ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']],
			'text-font': [LABEL_FONT],
			'text-size': 12,
			'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
			// Just clear of the icon image, which is what labels collide with.
			'text-radial-offset': ['/', ['+', ['*', ['get', 'extent'], ICON_BOX_RATIO], 1], 12],
			'text-justify': 'auto',
			// Places with more practices are labelled first when labels collide.
			'symbol-sort-key': ['-', ['get', 'practices']],
			'text-padding': 1
		},
		paint: {
			'text-color': colors.label,
			'text-halo-color': colors.labelHalo,
			'text-halo-width': 1.5,
			// The selected place's own label (below) names it instead; this one keeps its room.
			'text-opacity': ['case', state('selected'), 0, state('dimmed'), 0.35, 1]
		}
	};
	const labels =
		placeCount > LABELLED_AT_ANY_ZOOM_MAX ? { ...labelled, minzoom: CROWDED_LABEL_ZOOM } : labelled;
	// The selected place is always named, whatever it collides with, from a source of its own.
	const selectedLabel: Layer<SymbolLayerSpecification> = {
		...labelled,
		id: 'place-label-selected',
		source: 'place-selected',
		layout: {
			...labelled.layout,
			'text-size': 13,
			'text-allow-overlap': true,
			'text-ignore-placement': true
		},
		paint: { ...labelled.paint, 'text-halo-width': 2.5, 'text-opacity': 1 }
	};
	const icons: Layer<SymbolLayerSpecification> = {
		id: 'place-icons',
		type: 'symbol',
		source: 'places',
		layout: {
			'icon-image': ['match', ['get', 'shape'], 'diamond', PLACE_ICON.diamond, PLACE_ICON.circle],
			'icon-size': ['/', ['get', 'radius'], ICON_RADIUS],
			// Always drawn, and still in the collision index so that labels keep clear of them.
			'icon-allow-overlap': true,
			'icon-ignore-placement': false,
			'icon-padding': 0,
			// Smaller symbols are drawn over larger ones.
			'symbol-sort-key': ['-', ['get', 'radius']]
		},
		paint: {
			'icon-color': regionColor(colors),
			'icon-halo-color': colors.symbolOutline,
			'icon-halo-width': 1,
			'icon-opacity': dimmed(0.3, 1)
		}
	};
	// Bottom to top. Icons are placed before labels (higher layers are placed first).
	return { leaders, anchors, rings, labels, icons, selectedLabel };
}

export function linkLayers(colors: MapColors) {
	const shared: Layer<LineLayerSpecification> = {
		id: 'links-shared-themes',
		type: 'line',
		source: 'links-shared-themes',
		layout: { 'line-cap': 'round' },
		paint: {
			'line-color': colors.sharedThemes,
			'line-width': ['interpolate', ['linear'], ['get', 'count'], 1, 1.2, 6, 6],
			'line-opacity': 0.7,
			// Dashes tell these apart from the stated links without relying on colour.
			'line-dasharray': [2, 1.5]
		}
	};
	const cooperation: Layer<LineLayerSpecification> = {
		id: 'links-cooperation',
		type: 'line',
		source: 'links-cooperation',
		layout: { 'line-cap': 'round' },
		paint: { 'line-color': colors.cooperation, 'line-width': 2, 'line-opacity': dimmed(0.2, 0.85) }
	};
	const arrows: Layer<SymbolLayerSpecification> = {
		id: 'links-cooperation-arrows',
		type: 'symbol',
		source: 'links-cooperation-arrows',
		layout: {
			'icon-image': PLACE_ICON.arrow,
			'icon-size': 0.7,
			'icon-rotate': ['get', 'bearing'],
			'icon-rotation-alignment': 'map',
			'icon-allow-overlap': true,
			'icon-ignore-placement': true
		},
		paint: {
			'icon-color': colors.cooperation,
			'icon-halo-color': colors.labelHalo,
			'icon-halo-width': 1,
			'icon-opacity': dimmed(0.2, 1)
		}
	};
	return { shared, cooperation, arrows };
}

import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { DETAIL_ZOOM } from './mapStyle';

/**
 * Loads the finer country outlines into the bundled style's `countries-detail` source the first
 * time the reader zooms close to DETAIL_ZOOM (and again if the style was replaced), then stops
 * drawing the coarse land there so its simplified coasts do not show through. Returns a detach.
 */
export function loadDetailWhenZoomed(map: MapLibreMap, url: string): () => void {
	let loadedInto: unknown = null;
	const check = () => {
		const source = map.getSource<GeoJSONSource>('countries-detail');
		if (!source || source === loadedInto || map.getZoom() < DETAIL_ZOOM - 0.5) return;
		loadedInto = source;
		source.setData(url);
	};
	const onData = (event: { sourceId?: string; isSourceLoaded?: boolean }) => {
		if (
			event.sourceId === 'countries-detail' &&
			event.isSourceLoaded &&
			loadedInto &&
			map.getLayer('land')
		)
			map.setLayerZoomRange('land', 0, DETAIL_ZOOM);
	};
	map.on('zoom', check);
	map.on('styledata', check);
	map.on('sourcedata', onData);
	check();
	return () => {
		map.off('zoom', check);
		map.off('styledata', check);
		map.off('sourcedata', onData);
	};
}

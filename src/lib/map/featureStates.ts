import type { LngLat, Map as MapLibreMap } from 'maplibre-gl';

/**
 * Keeps one boolean feature-state key (`selected`, `hovered`) on at most one feature of some
 * sources: clears it on the previous feature, sets it on the new one. Nothing else changes.
 */
export function trackOne(map: MapLibreMap, sources: readonly string[], key: string) {
	let current: string | null = null;
	return (id: string | null, force = false) => {
		if (id === current && !force) return;
		for (const source of sources) {
			if (!map.getSource(source)) continue;
			if (current !== null) map.setFeatureState({ source, id: current }, { [key]: false });
			if (id !== null) map.setFeatureState({ source, id }, { [key]: true });
		}
		current = id;
	};
}

/**
 * Keeps one boolean feature-state key on exactly the features of a set, in each of some sources,
 * touching only the features whose answer changes (`force` sets them all again, after a new style
 * dropped them). At 10,000 places a filter that set every place's state cost more than the rest of
 * the map's update.
 */
export function trackMany(map: MapLibreMap, sources: readonly string[], key: string) {
	let current: ReadonlySet<string> = new Set();
	return (ids: ReadonlySet<string>, force = false) => {
		for (const source of sources) {
			if (!map.getSource(source)) continue;
			for (const id of current)
				if (force || !ids.has(id)) map.setFeatureState({ source, id }, { [key]: false });
			for (const id of ids)
				if (force || !current.has(id)) map.setFeatureState({ source, id }, { [key]: true });
		}
		current = ids;
	};
}

/**
 * Whether a place is on the far side of the globe. MapLibre's markers ask the camera's transform
 * the same; the typings do not list it on the map, hence the narrow cast.
 */
export function isOccluded(map: MapLibreMap, lngLat: LngLat): boolean {
	const transform = (
		map as unknown as { transform?: { isLocationOccluded?: (at: LngLat) => boolean } }
	).transform;
	return transform?.isLocationOccluded?.(lngLat) ?? false;
}

/**
 * After a lost WebGL context MapLibre drops its style until the context comes back, but the
 * wrapper's context still reads `map.style._loaded` whenever a layer, source or global state is
 * updated or removed, and throws. This makes it wait quietly instead (nothing can be drawn then).
 */
export function toleratesLostContext(context: {
	map: MapLibreMap | null;
	waitForStyleLoaded: (...args: never[]) => void;
}) {
	const wait = context.waitForStyleLoaded.bind(context);
	context.waitForStyleLoaded = ((...args: never[]) => {
		if (context.map && !context.map.style) return;
		wait(...args);
	}) as typeof context.waitForStyleLoaded;
}

import type { AtlasData, Group, Link, Place, Practice, Source, Theme } from './types';

/** The published data with the look-ups every view needs, built once, never changed. */
export interface Atlas extends AtlasData {
	readonly placeById: ReadonlyMap<string, Place>;
	readonly themeById: ReadonlyMap<string, Theme>;
	readonly groupById: ReadonlyMap<string, Group>;
	readonly sourceById: ReadonlyMap<string, Source>;
	readonly practicesByPlace: ReadonlyMap<string, readonly Practice[]>;
	/** Theme ids of each place, in theme order. */
	readonly themesByPlace: ReadonlyMap<string, readonly string[]>;
	readonly linksByPlace: ReadonlyMap<string, readonly Link[]>;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
	return new Map(items.map((item) => [item.id, item]));
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const item of items)
		for (const key of keys(item)) {
			const list = map.get(key);
			if (list) list.push(item);
			else map.set(key, [item]);
		}
	return map;
}

/**
 * Frozen through and through in development and in the tests, where any change to the shared data
 * throws; not in a production build, where the types alone keep it read-only: at 50,000
 * practices freezing took about 120 ms of each load (the build's and the browser's).
 */
const FREEZE = Boolean(import.meta.env?.DEV);

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		// Walks arrays by index and objects by key: no array of values per object (50,000 practices).
		if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
		else for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
	}
	return value;
}

export function indexAtlas(data: AtlasData): Atlas {
	const themeOrder = new Map(data.themes.map((t, i) => [t.id, i]));
	const practicesByPlace = groupBy(data.practices, (p) => [p.place]);
	const themesByPlace = new Map<string, string[]>();
	for (const place of data.places) {
		// Added one by one: no array of all the place's themes is made only to be deduplicated.
		const themes = new Set<string>();
		for (const practice of practicesByPlace.get(place.id) ?? [])
			for (const theme of practice.themes) themes.add(theme);
		themesByPlace.set(
			place.id,
			[...themes].sort((a, b) => (themeOrder.get(a) ?? 0) - (themeOrder.get(b) ?? 0))
		);
	}
	const published = FREEZE ? deepFreeze({ ...data }) : data;
	return Object.freeze({
		...published,
		placeById: byId(published.places),
		themeById: byId(published.themes),
		groupById: byId(published.groups),
		sourceById: byId(published.sources),
		practicesByPlace,
		themesByPlace,
		linksByPlace: groupBy(published.links, (l) => [l.from, l.to])
	});
}

export interface ThemeCompanions {
	theme: string;
	/** The other places with this theme, in the order of `placesInOrder`. */
	places: string[];
}

/**
 * Each theme's places, in the order of `placesInOrder`: a selection reads its themes' lists
 * instead of walking every place.
 */
export function placesByTheme(
	themesByPlace: ReadonlyMap<string, Iterable<string>>,
	placesInOrder: readonly { id: string }[]
): ReadonlyMap<string, readonly string[]> {
	const index = new Map<string, string[]>();
	for (const { id } of placesInOrder)
		for (const theme of themesByPlace.get(id) ?? []) {
			const places = index.get(theme);
			if (places) places.push(id);
			else index.set(theme, [id]);
		}
	return index;
}

// Per order of the places (the view sorts them once per language), the index last made of it.
const indexes = new WeakMap<
	readonly { id: string }[],
	{ of: ReadonlyMap<string, Iterable<string>>; index: ReadonlyMap<string, readonly string[]> }
>();

/**
 * For each theme of `placeId` (in its order), the other places that work on it too, in the order
 * of `placesInOrder`: read from an index of that order, made at its first use.
 */
export function placesSharingThemes(
	placeId: string,
	themesByPlace: ReadonlyMap<string, readonly string[]>,
	placesInOrder: readonly { id: string }[]
): ThemeCompanions[] {
	let made = indexes.get(placesInOrder);
	if (made?.of !== themesByPlace) {
		made = { of: themesByPlace, index: placesByTheme(themesByPlace, placesInOrder) };
		indexes.set(placesInOrder, made);
	}
	const { index } = made;
	return (themesByPlace.get(placeId) ?? []).map((theme) => ({
		theme,
		places: (index.get(theme) ?? []).filter((id) => id !== placeId)
	}));
}

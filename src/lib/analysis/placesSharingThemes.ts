export interface ThemeCompanions {
	theme: string;
	/** The other places with this theme, in the order of the index. */
	places: string[];
}

/**
 * Each theme's places, in the order of `placesInOrder` (the view's name order): made once per
 * language, so that a selection reads its themes' lists instead of walking every place.
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

/** For each theme of `placeId` (in its order), the other places that work on it too. */
export function placesSharingThemes(
	placeId: string,
	themesByPlace: ReadonlyMap<string, Iterable<string>>,
	index: ReadonlyMap<string, readonly string[]>
): ThemeCompanions[] {
	return [...(themesByPlace.get(placeId) ?? [])].map((theme) => ({
		theme,
		places: (index.get(theme) ?? []).filter((id) => id !== placeId)
	}));
}

export interface ThemeCompanions {
	theme: string;
	/** The other places with this theme, in the order given. */
	places: string[];
}

/**
 * For each theme of `placeId` (in its order), the other places that work on it too, in the order
 * of `placesInOrder` (the view's name order, sorted once per language): each theme's list comes
 * out sorted, with no sort per selection, and themes the place does not work on are not collected.
 */
export function placesSharingThemes(
	placeId: string,
	themesByPlace: ReadonlyMap<string, Iterable<string>>,
	placesInOrder: readonly { id: string }[]
): ThemeCompanions[] {
	const own = [...(themesByPlace.get(placeId) ?? [])];
	const placesByTheme = new Map(own.map((theme) => [theme, [] as string[]]));
	for (const { id } of placesInOrder)
		if (id !== placeId)
			for (const theme of themesByPlace.get(id) ?? []) placesByTheme.get(theme)?.push(id);
	return own.map((theme) => ({ theme, places: placesByTheme.get(theme)! }));
}

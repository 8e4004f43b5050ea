export interface ThemeCompanions {
	theme: string;
	/** The other places with this theme, in `compareIds` order. */
	places: string[];
}

/** The places of each map of themes, in each order asked for: sorted once, not per selection. */
const sortedPlaces = new WeakMap<
	(a: string, b: string) => number,
	WeakMap<ReadonlyMap<string, unknown>, string[]>
>();

function inOrder(
	themesByPlace: ReadonlyMap<string, unknown>,
	compareIds: (a: string, b: string) => number
): string[] {
	let byMap = sortedPlaces.get(compareIds);
	if (!byMap) sortedPlaces.set(compareIds, (byMap = new WeakMap()));
	let ids = byMap.get(themesByPlace);
	if (!ids) byMap.set(themesByPlace, (ids = [...themesByPlace.keys()].sort(compareIds)));
	return ids;
}

/**
 * For each theme of `placeId` (in its order), the other places that work on it too. The places
 * are visited in name order, so each theme's list comes out sorted; themes the place does not
 * work on are not collected.
 */
export function placesSharingThemes(
	placeId: string,
	themesByPlace: ReadonlyMap<string, Iterable<string>>,
	compareIds: (a: string, b: string) => number
): ThemeCompanions[] {
	const own = [...(themesByPlace.get(placeId) ?? [])];
	const placesByTheme = new Map(own.map((theme) => [theme, [] as string[]]));
	for (const id of inOrder(themesByPlace, compareIds))
		if (id !== placeId)
			for (const theme of themesByPlace.get(id)!) placesByTheme.get(theme)?.push(id);
	return own.map((theme) => ({ theme, places: placesByTheme.get(theme)! }));
}

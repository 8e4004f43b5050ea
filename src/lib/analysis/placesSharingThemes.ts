export interface ThemeCompanions {
	theme: string;
	/** The other places with this theme, in `compareIds` order. */
	places: string[];
}

/** For each theme of `placeId` (in its order), the other places that work on it too. */
export function placesSharingThemes(
	placeId: string,
	themesByPlace: ReadonlyMap<string, Iterable<string>>,
	compareIds: (a: string, b: string) => number
): ThemeCompanions[] {
	const placesByTheme = new Map<string, string[]>();
	for (const [id, themes] of themesByPlace)
		if (id !== placeId)
			for (const theme of themes) {
				const list = placesByTheme.get(theme);
				if (list) list.push(id);
				else placesByTheme.set(theme, [id]);
			}
	return [...(themesByPlace.get(placeId) ?? [])].map((theme) => ({
		theme,
		places: (placesByTheme.get(theme) ?? []).sort(compareIds)
	}));
}

/** The places (in map order) whose theme set holds `theme`. */
export function placesWithTheme(
	themesByPlace: ReadonlyMap<string, ReadonlySet<string>>,
	theme: string
): Set<string> {
	const ids = new Set<string>();
	for (const [id, themes] of themesByPlace) if (themes.has(theme)) ids.add(id);
	return ids;
}

import { intersection, jaccard } from './jaccard';

export interface SimilarPlace {
	id: string;
	/** Jaccard index of the two places' theme sets. */
	score: number;
	/** Themes both places work on, in the order of the first place's themes. */
	shared: string[];
}

/**
 * The other places ranked by how much their themes overlap with `placeId`'s: Jaccard index of the
 * two theme sets, highest first, ties broken by `compareIds` (name order). Places with no theme in
 * common are left out.
 */
export function similarPlaces(
	placeId: string,
	themesByPlace: ReadonlyMap<string, Iterable<string>>,
	compareIds: (a: string, b: string) => number
): SimilarPlace[] {
	const own = new Set(themesByPlace.get(placeId) ?? []);
	const ranked: SimilarPlace[] = [];
	for (const [id, themes] of themesByPlace) {
		if (id === placeId) continue;
		const other = new Set(themes);
		const shared = intersection(own, other);
		if (shared.length > 0) ranked.push({ id, score: jaccard(own, other), shared });
	}
	return ranked.sort((a, b) => b.score - a.score || compareIds(a.id, b.id));
}

import { jaccardOf } from './jaccard';

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
 * common are left out. `ranked` holds the first `limit`, `total` counts them all.
 *
 * Each place's themes are listed once each (as the atlas lists them). At 10,000 places only the
 * places that can reach the first `limit` are sorted by name, and only those are given their
 * shared themes.
 */
export function similarPlaces(
	placeId: string,
	themesByPlace: ReadonlyMap<string, readonly string[]>,
	compareIds: (a: string, b: string) => number,
	limit = Infinity
): { ranked: SimilarPlace[]; total: number } {
	const own = themesByPlace.get(placeId) ?? [];
	const ownSet = new Set(own);
	const scored: { id: string; score: number; themes: readonly string[] }[] = [];
	for (const [id, themes] of themesByPlace) {
		if (id === placeId) continue;
		let shared = 0;
		for (const theme of themes) if (ownSet.has(theme)) shared++;
		if (shared > 0)
			scored.push({ id, score: jaccardOf(shared, ownSet.size, themes.length), themes });
	}
	let candidates = scored;
	if (scored.length > limit) {
		const scores = Float64Array.from(scored, (s) => s.score).sort();
		const lowest = limit > 0 ? scores[scores.length - limit]! : Infinity;
		candidates = scored.filter((s) => s.score >= lowest);
	}
	const ranked = candidates
		.sort((a, b) => b.score - a.score || compareIds(a.id, b.id))
		.slice(0, limit)
		.map(({ id, score, themes }) => {
			const theirs = new Set(themes);
			return { id, score, shared: own.filter((theme) => theirs.has(theme)) };
		});
	return { ranked, total: scored.length };
}

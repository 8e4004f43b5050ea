import { jaccard } from './jaccard';

/**
 * Orders places so that places with similar themes sit next to each other (Jaccard index of their
 * theme sets).
 *
 * With an `anchor` among `ids`: the anchor first, then the others from most to least similar to it.
 * Without: a chain of nearest neighbours, starting from the place with the most themes and each time
 * appending the remaining place most similar to the last one. The chain takes time in the square of
 * the number of places: beyond `chainLimit` places, the richest place becomes the anchor instead.
 * Ties go to `compareIds` (name order), so the order is the same on every render.
 */
export function similarityOrder(
	ids: readonly string[],
	themesOf: (id: string) => ReadonlySet<string>,
	compareIds: (a: string, b: string) => number,
	anchor: string | null = null,
	chainLimit = 1000
): string[] {
	if (ids.length === 0) return [];
	const remaining = [...ids].sort(compareIds);
	// Start from the richest place; `remaining` is in name order, so the first of equals wins.
	const richest = () =>
		remaining.reduce((best, id) => (themesOf(id).size > themesOf(best).size ? id : best));
	if (anchor === null && remaining.length > chainLimit) anchor = richest();
	if (anchor !== null && remaining.includes(anchor)) {
		const own = themesOf(anchor);
		const rest = remaining.filter((id) => id !== anchor);
		const score = new Map(rest.map((id) => [id, jaccard(own, themesOf(id))]));
		return [anchor, ...rest.sort((a, b) => score.get(b)! - score.get(a)! || compareIds(a, b))];
	}
	let current = richest();
	const order = [current];
	remaining.splice(remaining.indexOf(current), 1);
	while (remaining.length > 0) {
		const from = themesOf(current);
		let bestIndex = 0;
		let bestScore = -1;
		remaining.forEach((id, index) => {
			const score = jaccard(from, themesOf(id));
			if (score > bestScore) [bestIndex, bestScore] = [index, score];
		});
		current = remaining.splice(bestIndex, 1)[0]!;
		order.push(current);
	}
	return order;
}

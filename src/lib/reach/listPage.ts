/**
 * How many places a long list shows before the reader asks for more. The 13 places of today's
 * data show at once; at thousands, a page that rendered every row spent most of each filter
 * restyling and laying out rows no one could scroll to.
 */
export const LIST_PAGE = 100;

export interface ListPage<T> {
	/** The first `limit` items that match, in the given order. */
	shown: T[];
	/** How many items match in all. */
	matching: number;
}

/** The first `limit` items that `matches` keeps, and how many it keeps in all. */
export function firstMatching<T>(
	items: readonly T[],
	matches: (item: T) => boolean,
	limit: number
): ListPage<T> {
	const shown: T[] = [];
	let matching = 0;
	for (const item of items) {
		if (!matches(item)) continue;
		if (matching < limit) shown.push(item);
		matching += 1;
	}
	return { shown, matching };
}

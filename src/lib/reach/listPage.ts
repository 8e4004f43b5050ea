/**
 * How many places a long list shows before the reader asks for more. The 13 places of today's
 * data show at once; at thousands, a page that rendered every row spent most of each filter
 * restyling and laying out rows no one could scroll to.
 */
export const LIST_PAGE = 100;

export interface ListPage<T> {
	/** The items to render: the first `kept` whether they match or not, then matching ones. */
	rows: T[];
	/** How many of `rows` match: the list shows these and hides the others. */
	shown: number;
	/** How many items match in all. */
	matching: number;
}

/**
 * The rows of a list cut at `limit` matching items. The first `kept` items have a row whether they
 * match or not (the list hides those that do not), so that with a few places a filter only hides
 * and shows rows instead of building them again; after those, only matching items, until `limit`
 * of them are in. `kept` is at most `limit`.
 */
export function firstMatching<T>(
	items: readonly T[],
	matches: (item: T) => boolean,
	limit: number,
	kept = 0
): ListPage<T> {
	const rows: T[] = [];
	let shown = 0;
	let matching = 0;
	items.forEach((item, i) => {
		const match = matches(item);
		if (match) matching += 1;
		if (match && shown < limit) {
			rows.push(item);
			shown += 1;
		} else if (i < kept) rows.push(item);
	});
	return { rows, shown, matching };
}

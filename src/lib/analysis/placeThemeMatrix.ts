import type { Practice, RegionId } from '$lib/data/types';
import { REGIONS } from '$lib/data/types';
import { similarityOrder } from './similarityOrder';

export const MATRIX_SORTS = ['region', 'count', 'similarity'] as const;
export type MatrixSort = (typeof MATRIX_SORTS)[number];

export interface MatrixRow {
	place: string;
	region: RegionId;
	/** Number of the place's practices with each theme, in the order of the `themes` argument. */
	counts: number[];
	/** Number of the place's practices (a practice with two themes counts once). */
	total: number;
}

/** Practice counts of each place for each theme. */
export function placeThemeCounts(
	places: readonly { id: string; region: RegionId }[],
	themes: readonly string[],
	practicesByPlace: ReadonlyMap<string, readonly Practice[]>
): MatrixRow[] {
	const column = new Map(themes.map((t, i) => [t, i]));
	return places.map((place) => {
		const counts = themes.map(() => 0);
		const practices = practicesByPlace.get(place.id) ?? [];
		for (const practice of practices)
			for (const theme of practice.themes) {
				const i = column.get(theme);
				if (i !== undefined) counts[i]! += 1;
			}
		return { place: place.id, region: place.region, counts, total: practices.length };
	});
}

/**
 * Rows in the chosen order: `region` groups places by world region (in the source's order), then
 * by name; `count` puts the places with the most practices first; `similarity` see similarityOrder
 * (anchored on the selected place when it is among the rows).
 */
export function sortMatrixRows(
	rows: readonly MatrixRow[],
	sort: MatrixSort,
	compareIds: (a: string, b: string) => number,
	selected: string | null = null
): MatrixRow[] {
	if (sort === 'similarity') {
		const sets = new Map(
			rows.map((row) => [
				row.place,
				new Set(row.counts.flatMap((c, i) => (c > 0 ? [String(i)] : [])))
			])
		);
		const byId = new Map(rows.map((row) => [row.place, row]));
		return similarityOrder([...byId.keys()], (id) => sets.get(id)!, compareIds, selected).map(
			(id) => byId.get(id)!
		);
	}
	const regionIndex = (row: MatrixRow) => REGIONS.indexOf(row.region);
	return [...rows].sort((a, b) =>
		sort === 'region'
			? regionIndex(a) - regionIndex(b) || compareIds(a.place, b.place)
			: b.total - a.total || compareIds(a.place, b.place)
	);
}

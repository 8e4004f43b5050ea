import type { RegionId } from '$lib/data/types';
import { REGIONS } from '$lib/data/types';

export interface RegionColumn {
	region: RegionId;
	/** Places of the region in the whole atlas: the denominator of every share. */
	total: number;
}

export interface RegionThemeCell {
	region: RegionId;
	/** Places of the region with at least one (matching) practice on the theme. */
	places: string[];
	count: number;
	total: number;
	/** count / total, 0 for a region without places. */
	share: number;
}

export interface RegionThemeRow {
	theme: string;
	cells: RegionThemeCell[];
}

/**
 * For each theme and region, the share of the region's places that work on the theme. Regions
 * differ in size (7 European places, 1 African), so every cell keeps its count and denominator.
 * Regions come in the source's order, restricted to `regions` when given, and only when they have
 * places; `themesByPlace` holds the places that count and their themes (the filtered ones). Places
 * in the cells keep the order of `places`: the panel gives them by name, sorted once per language
 * (a sort per cell took 14 ms of each filter at 10,000 places).
 */
export function regionThemeShares(
	places: readonly { id: string; region: RegionId }[],
	themes: readonly string[],
	themesByPlace: ReadonlyMap<string, ReadonlySet<string>>,
	regions: readonly string[] = []
): { columns: RegionColumn[]; rows: RegionThemeRow[] } {
	const totals = new Map<RegionId, number>();
	for (const place of places) totals.set(place.region, (totals.get(place.region) ?? 0) + 1);
	const columns = REGIONS.filter(
		(r) => totals.has(r) && (regions.length === 0 || regions.includes(r))
	).map((region) => ({
		region,
		total: totals.get(region)!
	}));

	// One pass over the places: theme → column → places with the theme, each place once. A place's
	// column is looked up once, not once per theme (50,000 look-ups at 10,000 places).
	const column = new Map<string, number>(columns.map((c, i) => [c.region, i]));
	const cells = new Map(themes.map((t) => [t, columns.map(() => [] as string[])]));
	for (const place of places) {
		const at = column.get(place.region);
		if (at === undefined) continue;
		for (const theme of themesByPlace.get(place.id) ?? []) cells.get(theme)?.[at]!.push(place.id);
	}
	const rows = themes.map((theme) => ({
		theme,
		cells: columns.map(({ region, total }, at) => {
			const inRegion = cells.get(theme)![at]!;
			return {
				region,
				places: inRegion,
				count: inRegion.length,
				total,
				share: total === 0 ? 0 : inRegion.length / total
			};
		})
	}));
	return { columns, rows };
}

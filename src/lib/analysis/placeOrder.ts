import type { Atlas } from '$lib/data/atlas';
import { localText } from '$lib/data/localize';
import type { Lang } from '$lib/data/types';

// One collator sort per atlas and language; comparisons are then two look-ups, which keeps the
// sorts of 10,000 places in the overviews fast.
const ranks = new WeakMap<Atlas, Map<Lang, Map<string, number>>>();

/** Compares place ids by their names in the reader's language (then by id, so the order is total). */
export function byPlaceName(atlas: Atlas, lang: Lang): (a: string, b: string) => number {
	let byLang = ranks.get(atlas);
	if (!byLang) ranks.set(atlas, (byLang = new Map()));
	let rank = byLang.get(lang);
	if (!rank) {
		const collator = new Intl.Collator(lang, { sensitivity: 'base' });
		const named = atlas.places.map((p) => ({ id: p.id, name: localText(p.name, lang) }));
		named.sort(
			(a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
		);
		rank = new Map(named.map((p, i) => [p.id, i]));
		byLang.set(lang, rank);
	}
	const of = rank;
	// Ids that are not places (never in practice) go last, by id.
	return (a, b) =>
		(of.get(a) ?? Infinity) - (of.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
}

import type { Atlas } from '$lib/data/atlas';
import { localText } from '$lib/data/localize';
import type { Lang, Localized } from '$lib/data/types';
import { byCodeUnits } from './byCodeUnits';

/** Place ids in name order, by language. */
export type NameOrder = Partial<Record<Lang, readonly string[]>>;
type Named = { readonly places: readonly { id: string; name: Localized }[] };

// One collator sort per atlas and language; comparisons are then two look-ups, which keeps the
// sorts of 10,000 places in the overviews fast.
const ranks = new WeakMap<Named, Map<Lang, Map<string, number>>>();

function ranksOf(atlas: Named): Map<Lang, Map<string, number>> {
	let byLang = ranks.get(atlas);
	if (!byLang) ranks.set(atlas, (byLang = new Map()));
	return byLang;
}

function rankOf(atlas: Named, lang: Lang): Map<string, number> {
	const byLang = ranksOf(atlas);
	let rank = byLang.get(lang);
	if (!rank) {
		const collator = new Intl.Collator(lang, { sensitivity: 'base' });
		const named = atlas.places.map((p) => ({ id: p.id, name: localText(p.name, lang) }));
		named.sort((a, b) => collator.compare(a.name, b.name) || byCodeUnits(a.id, b.id));
		rank = new Map(named.map((p, i) => [p.id, i]));
		byLang.set(lang, rank);
	}
	return rank;
}

/** Compares place ids by their names in the reader's language (then by id, so the order is total). */
export function byPlaceName(atlas: Atlas, lang: Lang): (a: string, b: string) => number {
	const of = rankOf(atlas, lang);
	// Ids that are not places (never in practice) go last, by id.
	return (a, b) => (of.get(a) ?? Infinity) - (of.get(b) ?? Infinity) || byCodeUnits(a, b);
}

/**
 * The name order of the places in each language, as this runtime's collator gives it. The build
 * sends it with each page: the browser then lists places as the prerendered page does, without
 * building an Intl.Collator (tens of milliseconds on a phone) while the page starts.
 */
export function nameOrderOf(atlas: Named, langs: readonly Lang[]): NameOrder {
	return Object.fromEntries(
		langs.map((lang) => [
			lang,
			[...rankOf(atlas, lang)].sort((a, b) => a[1] - b[1]).map(([id]) => id)
		])
	);
}

/** Takes a name order made beforehand (see nameOrderOf) for `atlas`, when it covers every place. */
export function useNameOrder(atlas: Atlas, order: NameOrder) {
	const byLang = ranksOf(atlas);
	for (const [lang, ids] of Object.entries(order) as [Lang, readonly string[]][]) {
		const rank = new Map(ids.map((id, i) => [id, i]));
		if (atlas.places.every((p) => rank.has(p.id))) byLang.set(lang, rank);
	}
}

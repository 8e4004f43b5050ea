import type { Atlas } from '$lib/data/atlas';
import { localText } from '$lib/data/localize';
import type { Lang } from '$lib/data/types';

/** Compares place ids by their names in the reader's language (then by id, so the order is total). */
export function byPlaceName(atlas: Atlas, lang: Lang): (a: string, b: string) => number {
	const collator = new Intl.Collator(lang, { sensitivity: 'base' });
	const name = (id: string) => {
		const place = atlas.placeById.get(id);
		return place ? localText(place.name, lang) : id;
	};
	return (a, b) => collator.compare(name(a), name(b)) || (a < b ? -1 : a > b ? 1 : 0);
}

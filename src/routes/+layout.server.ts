import { nameOrderOf } from '$lib/analysis/placeOrder';
import { LANGS } from '$lib/data/types';
import { countryNamesOf } from '$lib/format';
import { loadPublishedData } from '$lib/server/atlas';
import type { LayoutServerLoad } from './$types';

export const prerender = true;

export const load: LayoutServerLoad = async () => {
	const atlas = await loadPublishedData();
	const countryNames = countryNamesOf(
		atlas.places.map((place) => place.country),
		LANGS
	);
	return { atlas, countryNames, nameOrder: nameOrderOf(atlas, LANGS) };
};

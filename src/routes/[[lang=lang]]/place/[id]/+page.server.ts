import { error } from '@sveltejs/kit';
import { loadPublishedData } from '$lib/server/atlas';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => {
	const { places } = await loadPublishedData();
	// Benchmarks of large synthetic data build the pages of the first few places only.
	const limit = Number(process.env.ATLAS_PRERENDER_PLACES) || places.length;
	return places
		.slice(0, limit)
		.flatMap((place) => [
			{ id: place.id },
			{ id: place.id, lang: 'fr' },
			{ id: place.id, lang: 'es' }
		]);
};

export const load: PageServerLoad = async ({ params }) => {
	const { places } = await loadPublishedData();
	if (!places.some((place) => place.id === params.id)) error(404, 'No such place');
	return {};
};

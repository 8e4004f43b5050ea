import { error } from '@sveltejs/kit';
import { loadPublishedData } from '$lib/server/atlas';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => {
	const { places } = await loadPublishedData();
	return places.flatMap((place) => [{ id: place.id }, { id: place.id, lang: 'fr' }, { id: place.id, lang: 'es' }]);
};

export const load: PageServerLoad = async ({ params }) => {
	const { places } = await loadPublishedData();
	if (!places.some((place) => place.id === params.id)) error(404, 'No such place');
	return {};
};

import { indexAtlas } from '$lib/data/atlas';
import { toPlacesGeoJson } from '$lib/data/exports';
import { loadPublishedData } from '$lib/server/atlas';

export const prerender = true;

export async function GET() {
	const body = JSON.stringify(toPlacesGeoJson(indexAtlas(await loadPublishedData())));
	return new Response(body, { headers: { 'content-type': 'application/geo+json; charset=utf-8' } });
}

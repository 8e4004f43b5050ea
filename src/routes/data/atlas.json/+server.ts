import { toAtlasJson } from '$lib/data/exports';
import { loadPublishedData } from '$lib/server/atlas';

export const prerender = true;

export async function GET() {
	return new Response(toAtlasJson(await loadPublishedData()), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}

import { indexAtlas } from '$lib/data/atlas';
import { toPracticesCsv } from '$lib/data/exports';
import { loadPublishedData } from '$lib/server/atlas';

export const prerender = true;

export async function GET() {
	return new Response(toPracticesCsv(indexAtlas(await loadPublishedData())), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}

import { loadPublishedData } from '$lib/server/atlas';
import type { LayoutServerLoad } from './$types';

export const prerender = true;

export const load: LayoutServerLoad = async () => ({ atlas: await loadPublishedData() });

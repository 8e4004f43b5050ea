import { preloadDefaultOverview } from '$lib/panels/overviewPreload';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
	await preloadDefaultOverview();
	return data;
};

import { preloadDefaultOverview } from '$lib/panels/overviewPreload';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	await preloadDefaultOverview();
	return {};
};

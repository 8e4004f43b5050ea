import { DEFAULT_VIEW } from '$lib/state/urlQuery';
import { OVERVIEW_COMPONENTS } from './overviewViews';

/** How long the page waits for it: a slow network must not hold back the rest of the page. */
const PATIENCE_MS = 2000;

/**
 * Loads the code of the overview the prerendered page shows before the page hydrates, so that it
 * hydrates its prerendered copy in place; without it, the copy is dropped as the page starts and
 * drawn again when the code arrives (a render and a layout more, and a moment with no overview).
 * Never fails and never waits long: if the code is late or missing, the overview deals with it as
 * it always did, and the page starts regardless.
 */
export async function preloadDefaultOverview(patienceMs = PATIENCE_MS): Promise<void> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, patienceMs)));
	try {
		await Promise.race([OVERVIEW_COMPONENTS[DEFAULT_VIEW](), late]);
	} catch {
		// The overview shows its own state when its code cannot load.
	} finally {
		clearTimeout(timer);
	}
}

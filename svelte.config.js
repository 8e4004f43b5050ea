import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './scripts/csp.js';

// Tests build other data folders side by side.
const buildDir = process.env.ATLAS_BUILD_DIR || 'build';
// Benchmarks of large synthetic data prerender the pages of the first few places only (see BENCHMARKS.md).
const benchPlacePages = Boolean(process.env.ATLAS_PRERENDER_PLACES);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; nothing invalid is ever shipped because the data check runs first.
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		// Relative asset paths: the built folder works from any sub-folder of a host site.
		paths: { relative: true },
		prerender: {
			entries: [
				'*',
				'/fr',
				'/es',
				'/data/atlas.json',
				'/data/places.geojson',
				'/data/practices.csv'
			],
			crawl: !benchPlacePages,
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// A data folder without places (headers only) has no place page to prerender.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => route !== '/[[lang=lang]]/place/[id]')) throw new Error(message);
			}
		},
		// Hash-based CSP in every prerendered page (scripts/csp.js): no eval; inline scripts only by hash.
		csp: { mode: 'hash', directives: CSP_DIRECTIVES },
		// Every style sheet of first paint goes inline (hashed in the CSP like the scripts): seven
		// render-blocking requests cost a phone on a slow network about half a second of first paint,
		// and in Lighthouse's Chromium one linked sheet (even an empty one) held the page's first paint
		// back to 1.2 to 2.2 s, against 0.3 s without (speed index 2.6 to 4.0 s against 1.4).
		// The largest sheet of first paint is 8.4 KB; the size-budget tests fail if one is linked.
		inlineStyleThreshold: 16384
	}
};

export default config;

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
		// The pages' few small style sheets go inline (hashed in the CSP like the scripts): seven
		// render-blocking requests cost a phone on a slow network about half a second of first paint.
		inlineStyleThreshold: 8192
	}
};

export default config;

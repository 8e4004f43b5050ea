import type { Component } from 'svelte';
import { deferred } from '$lib/deferred';
import type { OverviewView } from '$lib/state/urlQuery';

/**
 * The three overviews, loaded by the browser when first shown (they sit below the map); the
 * server renders the chosen one into every page. `import.meta.env.SSR` is false in the browser
 * build, which then keeps only the lazy imports.
 */
export const OVERVIEW_COMPONENTS: Record<OverviewView, () => Component | Promise<Component>> = {
	matrix: deferred(
		import.meta.env.SSR ? (await import('./ThemeMatrix.svelte')).default : null,
		() => import('./ThemeMatrix.svelte')
	),
	regions: deferred(
		import.meta.env.SSR ? (await import('./RegionThemes.svelte')).default : null,
		() => import('./RegionThemes.svelte')
	),
	network: deferred(
		import.meta.env.SSR ? (await import('./NetworkView.svelte')).default : null,
		() => import('./NetworkView.svelte')
	)
};

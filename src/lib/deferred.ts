/**
 * A part of the page that the server renders at once but the browser loads only when it is first
 * shown, so that the JavaScript of the first paint leaves it out. Read it with `{#await}`: on the
 * server it is the component itself (prerendered pages hold everything, for readers without
 * JavaScript), in the browser a promise of it, fetched once, and the part itself once loaded. The
 * prerendered copy gives way to the browser's own when that arrives, unless it was loaded before
 * the page hydrated (see `overviewPreload.ts`): then the copy is kept.
 */
export function deferred<T>(
	onServer: T | null,
	load: () => Promise<{ default: T }>
): () => T | Promise<T> {
	let loading: Promise<T> | undefined;
	let loaded: T | undefined;
	// Once loaded, the part itself: read before hydration, it hydrates its prerendered copy in place.
	return () =>
		onServer ?? loaded ?? (loading ??= load().then((module) => (loaded = module.default)));
}

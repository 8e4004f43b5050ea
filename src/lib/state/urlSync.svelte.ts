import { onMount, untrack } from 'svelte';
import { pushState, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { addressFor, queryFromAddress } from './address';
import { continuesSearch, vocabularyOf, type ViewQuery } from './urlQuery';
import type { ViewState } from './viewState.svelte';
import type { Lang } from '$lib/data/types';
import { addressNamesLang } from '$lib/reach/preferredLang';

/**
 * Mirrors the view in the address, both ways. Call it while initialising the component that
 * creates the view state.
 *
 * Pages are prerendered, so their HTML is the default view of their path; the query is read only
 * in the browser, once hydrated. Every change of view then gets its own history entry (going on
 * typing a search replaces the current one), through SvelteKit's shallow routing: the data is not
 * reloaded and the map is not rebuilt. Back and forward show the view of their entry again. Inside
 * a frame (an embed) the address still follows the view, but always in place.
 */
export function syncViewWithAddress(
	view: ViewState,
	options: {
		/** The reader's language, for a first address that names none (never over one that does). */
		preferredLang?: () => Lang | null;
	} = {}
) {
	const vocabulary = vocabularyOf(view.atlas);
	let base = '';
	/** In a frame, history entries would join the host page's: Back there must not step through the map. */
	let framed = false;
	let ready = $state(false);
	/** The view the address shows, and that address. */
	let shown: ViewQuery | null = null;
	let shownHref = '';

	const here = () => ({ pathname: location.pathname, search: location.search });

	/** Shows the address's view; says whether the address should be rewritten in its usual form. */
	function readAddress(first = false): boolean {
		const { query, dropped } = queryFromAddress(here(), vocabulary, base);
		if (first && !addressNamesLang(here(), base))
			query.lang = options.preferredLang?.() ?? query.lang;
		view.applyQuery(query);
		view.dropped = dropped;
		shown = query;
		shownHref = addressFor(query, here(), base);
		return shownHref !== location.pathname + location.search;
	}

	onMount(() => {
		base = resolve('/').replace(/\/$/, '');
		framed = window.self !== window.top;
		const rewrite = readAddress(true);
		ready = true;
		// SvelteKit's router starts right after the first mount: rewrite the address once it has.
		const timer = rewrite ? setTimeout(() => replaceState(shownHref, {})) : undefined;
		const onPopState = () => {
			if (readAddress()) replaceState(shownHref, {});
		};
		addEventListener('popstate', onPopState);
		return () => {
			clearTimeout(timer);
			removeEventListener('popstate', onPopState);
		};
	});

	// Before the DOM changes: SvelteKit's pushState reads the scroll position, which after them would
	// force a layout of the new view in the middle of the reader's click (about 8 ms a selection).
	$effect.pre(() => {
		if (!ready) return;
		const query = view.query;
		untrack(() => {
			const href = addressFor(query, here(), base);
			if (href === shownHref) return;
			const replace = framed || (shown !== null && continuesSearch(shown, query));
			// `href` is built on the base path that resolve('/') gave.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			(replace ? replaceState : pushState)(href, {});
			shown = query;
			shownHref = href;
		});
	});
}

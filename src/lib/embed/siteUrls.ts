import { asset, resolve } from '$app/paths';
import { viewHref } from '$lib/links';
import type { ViewQuery } from '$lib/state/urlQuery';

/**
 * Absolute addresses of this site, built from the page's own address and the relative base, so
 * that they are right under any sub-path. Browser only: they need `location`.
 */

/** The explorer's address for a view, filters included: what a reader opens to see it in the full site. */
export function explorerUrl(query: ViewQuery): string {
	return new URL(viewHref(query), location.href).href;
}

/** The site's root, ending with a slash: `https://host/sub/path/`. */
export function siteRoot(): string {
	return new URL(resolve('/'), location.href).href;
}

export function embedScriptUrl(): string {
	return new URL(asset('/embed.js'), location.href).href;
}

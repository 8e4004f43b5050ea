import { tick } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { ViewState } from '$lib/state/viewState.svelte';

/**
 * The events of a link to a place, wherever it is drawn (HTML or SVG): a plain click selects
 * the place and moves focus to its panel (a click with a modifier key opens the place's page as
 * the browser would); hover and focus highlight the place in every other view. Use it as
 * `<a {@attach placeLinkEvents(view, id)}>`. Such links carry
 * `data-sveltekit-preload-data="off"`: the click never navigates, so preloading the page's data on
 * hover would only download the whole atlas again.
 */
export function placeLinkEvents(view: ViewState, id: string): Attachment<Element> {
	const leave = () => {
		if (view.hovered === id) view.hovered = null;
	};
	const enter = () => (view.hovered = id);
	const handlers: [string, (event: Event) => void][] = [
		[
			'click',
			async (event) => {
				const { metaKey, ctrlKey, shiftKey, altKey, button } = event as MouseEvent;
				if (metaKey || ctrlKey || shiftKey || altKey || button !== 0) return;
				event.preventDefault();
				view.hovered = null;
				view.select(id);
				await tick();
				document.getElementById('place-title')?.focus();
			}
		],
		['mouseenter', enter],
		['mouseleave', leave],
		['focus', enter],
		['blur', leave]
	];
	// Listeners added here, not spread as attributes: a spread would send every attribute of the
	// link through Svelte's generic (and much slower) attribute path, for each link as the page starts.
	return (link) => {
		for (const [type, handler] of handlers) link.addEventListener(type, handler);
		return () => {
			for (const [type, handler] of handlers) link.removeEventListener(type, handler);
		};
	};
}

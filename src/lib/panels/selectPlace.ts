import { tick } from 'svelte';
import type { ViewState } from '$lib/state/viewState.svelte';

/**
 * Event handlers of a link to a place, wherever it is drawn (HTML or SVG): a plain click selects
 * the place and moves focus to its panel (a click with a modifier key opens the place's page as
 * the browser would); hover and focus highlight the place in every other view. Such links carry
 * `data-sveltekit-preload-data="off"`: the click never navigates, so preloading the page's data on
 * hover would only download the whole atlas again.
 */
export function placeLinkHandlers(view: ViewState, id: string) {
	const leave = () => {
		if (view.hovered === id) view.hovered = null;
	};
	return {
		onclick: async (event: MouseEvent) => {
			if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
				return;
			event.preventDefault();
			view.hovered = null;
			view.select(id);
			await tick();
			document.getElementById('place-title')?.focus();
		},
		onmouseenter: () => (view.hovered = id),
		onmouseleave: leave,
		onfocus: () => (view.hovered = id),
		onblur: leave
	};
}

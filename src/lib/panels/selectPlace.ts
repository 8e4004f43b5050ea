import { tick } from 'svelte';
import type { ViewState } from '$lib/state/viewState.svelte';

/**
 * Event handlers of a link to a place, wherever it is drawn (HTML or SVG): a plain click selects
 * the place and moves focus to its panel (a click with a modifier key opens the place's page as
 * the browser would); hover and focus highlight the place in every other view. Such links carry
 * `data-sveltekit-preload-data="off"`: the click never navigates, so preloading the page's data on
 * hover would only download the whole atlas again.
 *
 * Only events that bubble (mouseover rather than mouseenter, focusin rather than focus): Svelte
 * handles those with one listener for the whole page, so a page or panel full of place links
 * adds and removes no listener of its own as it starts or changes.
 */
export function placeLinkHandlers(view: ViewState, id: string) {
	const enter = () => (view.hovered = id);
	const leave = (event: MouseEvent | FocusEvent) => {
		// Moving between the link's own children is not leaving it.
		const to = event.relatedTarget;
		if (to instanceof Node && (event.currentTarget as Element).contains(to)) return;
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
		onmouseover: enter,
		onmouseout: leave,
		onfocusin: enter,
		onfocusout: leave
	};
}

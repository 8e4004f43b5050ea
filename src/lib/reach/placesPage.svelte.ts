import { tick } from 'svelte';
import type { Place } from '$lib/data/types';
import type { ViewState } from '$lib/state/viewState.svelte';
import { firstMatching, LIST_PAGE, type ListPage } from './listPage';

/**
 * The matching places by name, a page at a time, as a list shows them: the first page, then one
 * more at each request. A filter starts again from the first page. The first page's places keep
 * their rows whether they match or not (see `firstMatching`).
 */
export class PlacesPage {
	readonly #view: Pick<ViewState, 'placesByName' | 'matchingPlaceIds'>;
	#limit = $derived.by(() => {
		void this.#view.matchingPlaceIds;
		return LIST_PAGE;
	});
	readonly #listed = $derived.by(() => {
		const matching = this.#view.matchingPlaceIds;
		return firstMatching(
			this.#view.placesByName,
			(place) => matching.has(place.id),
			this.#limit,
			LIST_PAGE
		);
	});

	constructor(view: Pick<ViewState, 'placesByName' | 'matchingPlaceIds'>) {
		this.#view = view;
	}

	get listed(): ListPage<Place> {
		return this.#listed;
	}

	/** Shows one more page; resolves, once it is drawn, to the position of its first place. */
	async more(): Promise<number> {
		const first = this.#limit;
		this.#limit += LIST_PAGE;
		await tick();
		return first;
	}
}

import { getContext, setContext } from 'svelte';
import type { Atlas } from '$lib/data/atlas';
import type { Lang } from '$lib/data/types';
import { translate, type MessageKey, type MessageParams } from '$lib/i18n';

/**
 * The one shared state of a view: what is selected and shown, and in which language.
 * Components read it; they do not keep private copies.
 */
export class ViewState {
	readonly atlas: Atlas;
	lang = $state<Lang>('en');
	/** Selected place id. */
	place = $state<string | null>(null);
	/** Place under the pointer or keyboard focus, for linked highlighting. */
	hovered = $state<string | null>(null);

	/**
	 * Ids of the places that match the current filters (all places when no filter is set).
	 * The map fades or hides the others; panels list only these.
	 */
	get matchingPlaceIds(): ReadonlySet<string> {
		return new Set(this.atlas.places.map((place) => place.id));
	}

	constructor(atlas: Atlas, init: { lang?: Lang; place?: string | null } = {}) {
		this.atlas = atlas;
		this.lang = init.lang ?? 'en';
		this.place = init.place && atlas.placeById.has(init.place) ? init.place : null;
	}

	get selectedPlace() {
		return this.place ? (this.atlas.placeById.get(this.place) ?? null) : null;
	}

	select = (id: string | null) => {
		this.place = id && this.atlas.placeById.has(id) ? id : null;
	};

	/** `view.t('key', params)`: a message in the current language. */
	t = (key: MessageKey, params?: MessageParams): string => translate(this.lang, key, params);
}

const KEY = Symbol('view-state');

export function setViewState(state: ViewState): ViewState {
	return setContext(KEY, state);
}

export function getViewState(): ViewState {
	const state = getContext<ViewState | undefined>(KEY);
	if (!state) throw new Error('getViewState() must be used inside a component below the layout that sets the view state');
	return state;
}

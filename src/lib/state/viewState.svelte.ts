import { getContext, setContext } from 'svelte';
import { filterAtlas, hasFilters, type Filters, type Match } from '$lib/analysis/filterAtlas';
import { byPlaceName } from '$lib/analysis/placeOrder';
import { placesWithTheme } from '$lib/analysis/placesWithTheme';
import type { Atlas } from '$lib/data/atlas';
import { REGIONS, type Lang, type Place, type Practice, type RegionId } from '$lib/data/types';
import { translate, type Message, type MessageParams } from '$lib/i18n';
import { KeyedFlag } from './keyedFlag.svelte';
import { KeyedValues } from './keyedValues.svelte';
import {
	DEFAULT_VIEW,
	inOrder,
	type DroppedValue,
	type OverviewView,
	type ViewQuery
} from './urlQuery';

/**
 * The one shared state of a view: what is selected, filtered and shown, and in which language.
 * Components read it; they do not keep private copies. The address mirrors it (see urlSync).
 */
export class ViewState {
	readonly atlas: Atlas;
	lang = $state<Lang>('en');
	/** The selected place, answerable per place (`isSelected`). */
	readonly #selected: KeyedFlag<string>;
	/** Per place, whether it is in `highlightedPlaceIds` (see `isHighlighted`). */
	readonly #highlightFlags: KeyedValues<string, boolean>;
	/** Per place, whether it is in `matchingPlaceIds` (see `isMatching`). */
	readonly #matchingFlags: KeyedValues<string, boolean>;
	/** Place under the pointer or keyboard focus, for linked highlighting. */
	hovered = $state<string | null>(null);
	/** Theme under the pointer or keyboard focus, for linked highlighting. */
	hoveredTheme = $state<string | null>(null);

	/** Chosen themes, in theme order. */
	themes = $state.raw<readonly string[]>([]);
	/** Whether a place needs any or all of the chosen themes. */
	match = $state<Match>('any');
	/** Chosen regions, in the source's order. */
	regions = $state.raw<readonly RegionId[]>([]);
	/** Chosen groups, in group order. */
	groups = $state.raw<readonly string[]>([]);
	/** Free-text search. */
	q = $state('');
	/** Which overview is shown. */
	view = $state<OverviewView>(DEFAULT_VIEW);
	/** Values of the address that could not be used; the page says so until dismissed. */
	dropped = $state.raw<readonly DroppedValue[]>([]);

	get filters(): Filters {
		return {
			themes: this.themes,
			match: this.match,
			regions: this.regions,
			groups: this.groups,
			q: this.q
		};
	}

	// Deriveds are lazy: `atlas` is set by the time they are first read.
	readonly #filtered = $derived.by(() => filterAtlas(this.atlas, this.filters, this.lang));
	readonly #compareIds = $derived.by(() => byPlaceName(this.atlas, this.lang));
	readonly #placesByName = $derived.by(() =>
		[...this.atlas.places].sort((a, b) => this.#compareIds(a.id, b.id))
	);
	readonly #highlighted = $derived.by((): ReadonlySet<string> => {
		// A new set per hover, never mutated: nothing for Svelte to track inside it.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		if (this.hovered) return new Set([this.hovered]);
		if (!this.hoveredTheme) return NO_PLACES;
		return placesWithTheme(this.#filtered.themesByPlace, this.hoveredTheme);
	});

	/**
	 * Ids of the places that match the current filters (all places when no filter is set).
	 * The map fades or hides the others; panels list only these.
	 */
	get matchingPlaceIds(): ReadonlySet<string> {
		return this.#filtered.placeIds;
	}

	/** Practices that match the filters, of the matching places. */
	get matchingPractices(): readonly Practice[] {
		return this.#filtered.practices;
	}

	get matchingPracticesByPlace(): ReadonlyMap<string, readonly Practice[]> {
		return this.#filtered.practicesByPlace;
	}

	/** Themes of each matching place, from its matching practices. */
	get matchingThemesByPlace(): ReadonlyMap<string, ReadonlySet<string>> {
		return this.#filtered.themesByPlace;
	}

	get hasFilters(): boolean {
		return hasFilters(this.filters);
	}

	/** Places to highlight: the hovered place, or the matching places with the hovered theme. */
	get highlightedPlaceIds(): ReadonlySet<string> {
		return this.#highlighted;
	}

	/**
	 * Whether `id` is highlighted. A link or a symbol per place asks this rather than reading
	 * `highlightedPlaceIds`, so that a hover, or a filter while a theme is hovered, wakes the places
	 * whose answer changed, not all.
	 */
	isHighlighted = (id: string): boolean =>
		this.#highlightFlags.has(id) ? this.#highlightFlags.get(id)! : this.#highlighted.has(id);

	/**
	 * Whether the place `id` matches the filters. A symbol per place asks this rather than reading
	 * `matchingPlaceIds`, so that a filter wakes the places whose answer changed, not all.
	 */
	isMatching = (id: string): boolean =>
		this.#matchingFlags.has(id) ? this.#matchingFlags.get(id)! : this.#filtered.placeIds.has(id);

	/** Every place, by name in the current language: sorted once per language, for every list. */
	get placesByName(): readonly Place[] {
		return this.#placesByName;
	}

	/** Compares place ids by name in the current language. */
	get compareIds(): (a: string, b: string) => number {
		return this.#compareIds;
	}

	constructor(atlas: Atlas, init: { lang?: Lang; place?: string | null } = {}) {
		this.atlas = atlas;
		this.lang = init.lang ?? 'en';
		this.#selected = new KeyedFlag(
			atlas.places.map((p) => p.id),
			init.place && atlas.placeById.has(init.place) ? init.place : null
		);
		this.#highlightFlags = new KeyedValues(
			atlas.places.map((p) => p.id),
			() => false
		);
		this.#matchingFlags = new KeyedValues(
			atlas.places.map((p) => p.id),
			(id) => this.#filtered.placeIds.has(id)
		);
		// Live as long as the view (the page); on the server they never run: the filters do not change.
		$effect.root(() => {
			this.#highlightFlags.follow(() => {
				const highlighted = this.#highlighted;
				return (id) => highlighted.has(id);
			});
			this.#matchingFlags.follow(() => {
				const matching = this.#filtered.placeIds;
				return (id) => matching.has(id);
			});
		});
	}

	/** Selected place id. */
	get place(): string | null {
		return this.#selected.value;
	}

	set place(id: string | null) {
		this.#selected.value = id;
	}

	/**
	 * Whether `id` is the selected place. A link or a symbol per place asks this rather than
	 * comparing with `place`, so that a selection wakes two of them, not all.
	 */
	isSelected = (id: string): boolean => this.#selected.is(id);

	get selectedPlace() {
		return this.place ? (this.atlas.placeById.get(this.place) ?? null) : null;
	}

	select = (id: string | null) => {
		this.place = id && this.atlas.placeById.has(id) ? id : null;
	};

	toggleTheme = (id: string) => {
		this.themes = this.#toggle(
			this.themes,
			id,
			this.atlas.themes.map((t) => t.id)
		);
	};

	toggleRegion = (id: RegionId) => {
		this.regions = this.#toggle(this.regions, id, REGIONS);
	};

	toggleGroup = (id: string) => {
		this.groups = this.#toggle(
			this.groups,
			id,
			this.atlas.groups.map((g) => g.id)
		);
	};

	clearFilters = () => {
		this.themes = [];
		this.match = 'any';
		this.regions = [];
		this.groups = [];
		this.q = '';
	};

	/** The part of the view an address holds. */
	get query(): ViewQuery {
		return {
			place: this.place,
			themes: [...this.themes],
			match: this.match,
			regions: [...this.regions],
			groups: [...this.groups],
			q: this.q,
			view: this.view,
			lang: this.lang
		};
	}

	/** Shows the view an address describes (already validated by parseQuery). */
	applyQuery = (query: ViewQuery) => {
		this.select(query.place);
		this.themes = query.themes;
		this.match = query.match;
		this.regions = query.regions;
		this.groups = query.groups;
		this.q = query.q;
		this.view = query.view;
		this.lang = query.lang;
	};

	/** Adds or removes `id`, keeping the list in `order` so that one view has one address. */
	#toggle<T extends string>(list: readonly T[], id: T, order: readonly T[]): T[] {
		if (!order.includes(id)) return [...list];
		const next = list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
		return inOrder(order, next);
	}

	/** `view.t(m.key, params)`: a message in the current language. */
	t = (message: Message, params?: MessageParams): string => translate(this.lang, message, params);
}

/** Highlighted when nothing is hovered; never mutated. */
const NO_PLACES: ReadonlySet<string> = new Set<string>();

const KEY = Symbol('view-state');

export function setViewState(state: ViewState): ViewState {
	return setContext(KEY, state);
}

export function getViewState(): ViewState {
	const state = getContext<ViewState | undefined>(KEY);
	if (!state)
		throw new Error(
			'getViewState() must be used inside a component below the layout that sets the view state'
		);
	return state;
}

import type { Message } from '$lib/i18n';
import type { ScreenPlace } from './screenPlaces';

/** What the zoom and reset buttons drive: the renderer in charge installs its own. */
export interface MapCamera {
	zoomIn(): void;
	zoomOut(): void;
	/** Back to the places that match the filters. */
	reset(): void;
	/** Brings a place into view when it is off the map (keyboard focus reached it). */
	reveal(id: string): void;
}

export type Renderer = 'svg' | 'webgl';

/** A notice over the map: what it says, and which it is (for styles and tests). */
export interface MapNotice {
	id: string;
	message: Message;
}

/**
 * The state the map's own parts share (renderers, controls, tooltip, keyboard layer). What is
 * selected, hovered and filtered lives in the view state, not here.
 */
export class MapUi {
	renderer = $state<Renderer>('svg');
	/** A one-line notice over the map when it is not what it should be (no WebGL, basemap failed). */
	notice = $state.raw<MapNotice | null>(null);
	/** What "Try again" does for the notice shown, when trying again can help. */
	retry = $state.raw<(() => void) | null>(null);
	/** Arcs from the selected place to the places that share themes with it. */
	showSharedThemes = $state(true);
	globe = $state(false);
	/** Starts the WebGL map now, while the SVG map is shown and WebGL can run (the globe asks for it). */
	startWebGL = $state.raw<(() => void) | null>(null);
	/** Where each place's symbol is drawn, in pixels from the map's top-left corner. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- never mutated: replaced whole on every move
	positions = $state.raw<ReadonlyMap<string, ScreenPlace>>(new Map());
	/**
	 * The same, as of the last time the map stood still. The keyboard's links over the WebGL map
	 * follow these (but the focused one): at 10,000 places, moving 10,000 links at every frame of a
	 * camera's glide cost 40 ms a frame.
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- never mutated: replaced whole
	settledPositions = $state.raw<ReadonlyMap<string, ScreenPlace>>(new Map());
	/** Credits of a richer basemap, when one is shown. */
	basemapCredits = $state.raw<readonly string[]>([]);
	camera = $state.raw<MapCamera | null>(null);
}

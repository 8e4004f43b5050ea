import { m } from '$lib/paraglide/messages.js';
import type { ViewState } from '$lib/state/viewState.svelte';

/** MapLibre's cooperative-gesture hints, in the reader's language. */
export function gestureHelp(view: Pick<ViewState, 't'>): Record<string, string> {
	return {
		'CooperativeGesturesHandler.WindowsHelpText': view.t(m.embed_gesture_windows),
		'CooperativeGesturesHandler.MacHelpText': view.t(m.embed_gesture_mac),
		'CooperativeGesturesHandler.MobileHelpText': view.t(m.embed_gesture_touch)
	};
}

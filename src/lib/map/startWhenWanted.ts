/**
 * What tells that a reader reaches for the map: a pointer over it (one that was already there as
 * the page started counts when it moves), a touch, a wheel.
 */
export const INTENT_EVENTS = [
	'pointerenter',
	'pointermove',
	'pointerdown',
	'touchstart',
	'wheel'
] as const;

/**
 * Calls `start` once, as soon as a reader reaches for `element`. Until then the SVG map does
 * everything, and a phone is not kept busy by a map nobody touches. Keyboard focus is not a
 * trigger: the map must not change under a focused element. Returns a function that cancels it.
 */
export function startWhenWanted(element: EventTarget, start: () => void): () => void {
	let done = false;
	const go = () => {
		if (done) return;
		cancel();
		start();
	};
	for (const type of INTENT_EVENTS) element.addEventListener(type, go, { passive: true });
	function cancel() {
		done = true;
		for (const type of INTENT_EVENTS) element.removeEventListener(type, go);
	}
	return cancel;
}

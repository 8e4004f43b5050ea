/** What tells that a reader reaches for the map: a pointer over it, a touch, a wheel. */
export const INTENT_EVENTS = ['pointerenter', 'pointerdown', 'touchstart', 'wheel'] as const;

/**
 * Calls `start` once: as soon as a reader reaches for `element`, or after `pauseMs` (the page has
 * had time to become usable, and a slow phone is not kept busy while the reader starts reading).
 * Keyboard focus is not a trigger: the map must not change under a focused element. Returns a
 * function that cancels it.
 */
export function startWhenWanted(
	element: EventTarget,
	start: () => void,
	pauseMs: number
): () => void {
	let done = false;
	const go = () => {
		if (done) return;
		cancel();
		start();
	};
	const timer = setTimeout(go, pauseMs);
	for (const type of INTENT_EVENTS) element.addEventListener(type, go, { passive: true });
	function cancel() {
		done = true;
		clearTimeout(timer);
		for (const type of INTENT_EVENTS) element.removeEventListener(type, go);
	}
	return cancel;
}

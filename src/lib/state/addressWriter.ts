/** Runs `write` after the next frame, or a moment later where no frame comes (a hidden page). */
export function afterNextFrame(write: () => void): void {
	requestAnimationFrame(() => setTimeout(write));
	setTimeout(write, 200);
}

/**
 * Writes of the address, after the frame that shows the change rather than before it: writing
 * reads the scroll position, which in the middle of a change forces a layout of the whole page
 * (tens of milliseconds at thousands of places). Changes within one frame make one write: the
 * last address, and a new history entry if any of them asked for one.
 */
export function addressWriter(
	write: (href: string, push: boolean) => void,
	schedule: (flush: () => void) => void = afterNextFrame
) {
	let pending: { href: string; push: boolean } | null = null;
	const flush = () => {
		const due = pending;
		pending = null;
		if (due) write(due.href, due.push);
	};
	return {
		request(href: string, push: boolean) {
			if (pending) {
				pending = { href, push: pending.push || push };
				return;
			}
			pending = { href, push };
			schedule(flush);
		},
		/** Drops a write not yet made (the reader went back: the address is already right). */
		cancel() {
			pending = null;
		}
	};
}

import { mayBeOurs } from './envelope';
import type { EmbedMessage, HostMessage } from './messages';

/**
 * The embed's side of the conversation with its host page: the imperative edge around
 * `postMessage` and `ResizeObserver`. Each function returns its clean-up.
 *
 * Origin policy: commands are taken only from the page that frames the embed
 * (`event.source === window.parent`). Any origin may frame the public map and drive its view, since
 * the map is read-only and shows only published data; an `origin=` parameter restricts commands
 * (and the embed's own messages) to one host origin.
 */

export function isFramed(win: Window): boolean {
	return win.parent !== win;
}

export function listenToHost(
	win: Window,
	origin: string | null,
	onCommand: (message: HostMessage) => void
): () => void {
	// The schemas load with the first message that may be a command, not with first paint; commands
	// still run one after the other, in the order they came.
	let parser: Promise<(data: unknown) => HostMessage | null> | undefined;
	const loadParser = () =>
		(parser ??= import('./messages').then(
			(messages) => messages.parseHostMessage,
			(error) => {
				parser = undefined; // the next command tries again
				throw error;
			}
		));
	let queue = Promise.resolve();
	let listening = true;
	function receive(event: MessageEvent) {
		if (!isFramed(win) || event.source !== win.parent) return;
		if (origin !== null && event.origin !== origin) return;
		const data: unknown = event.data;
		if (!mayBeOurs(data)) return;
		queue = queue
			.then(loadParser)
			.then((parseHostMessage) => {
				const message = parseHostMessage(data);
				if (message && listening) onCommand(message);
			})
			.catch((error: unknown) => console.error(error));
	}
	win.addEventListener('message', receive);
	return () => {
		listening = false;
		win.removeEventListener('message', receive);
	};
}

/** Size and view are public facts about a public page, so without `origin=` any host may read them. */
export function postToHost(win: Window, origin: string | null, message: EmbedMessage): void {
	if (isFramed(win)) win.parent.postMessage(message, origin ?? '*');
}

/**
 * Reports the embed's natural height whenever it changes. The map box grows to fill a frame taller
 * than the content (a plain iframe of fixed height); that growth is not content, so the height
 * reported counts the map box at its own height `mapHeight`, and the frame can shrink again.
 */
export function observeNaturalHeight(
	root: HTMLElement,
	mapBox: HTMLElement | null,
	mapHeight: number,
	onHeight: (height: number) => void
): () => void {
	let last = -1;
	const observer = new ResizeObserver(() => {
		const growth = mapBox ? Math.max(0, mapBox.getBoundingClientRect().height - mapHeight) : 0;
		const height = Math.ceil(root.getBoundingClientRect().height - growth);
		if (height === last) return;
		last = height;
		onHeight(height);
	});
	observer.observe(root);
	if (mapBox) observer.observe(mapBox);
	return () => observer.disconnect();
}

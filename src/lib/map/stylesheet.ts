/**
 * Adds a same-origin style sheet to the document once, and resolves when it applies. MapLibre's
 * sheet comes this way, with MapLibre itself: imported as CSS it would be a render-blocking link in
 * every prerendered page, whose readers may never reach for the map.
 */
export function loadStylesheet(href: string, doc: Document = document): Promise<void> {
	const absolute = new URL(href, doc.baseURI).href;
	const existing = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find(
		(link) => link.href === absolute
	);
	if (existing?.sheet) return Promise.resolve();
	const link = existing ?? doc.createElement('link');
	const applied = new Promise<void>((resolve, reject) => {
		link.addEventListener('load', () => resolve(), { once: true });
		link.addEventListener('error', () => reject(new Error(`style sheet ${href} failed`)), {
			once: true
		});
	});
	if (!existing) {
		link.rel = 'stylesheet';
		link.href = absolute;
		doc.head.append(link);
	}
	return applied;
}

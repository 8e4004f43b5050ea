import { expect, type Locator } from '@playwright/test';

/**
 * Does what a reader does to get the WebGL map: moves the pointer over the map (MapLibre starts
 * only then) where nothing lies over it, and waits until it has taken over from the SVG map.
 */
export async function reachForMap(mapView: Locator) {
	// A pointer that arrives before the page runs is seen only when it moves again.
	await expect
		.poll(() => mapView.evaluate((map) => map.ownerDocument.documentElement.dataset.hydrated))
		.toBe('');
	const free = await mapView.evaluate((map) => {
		const box = map.getBoundingClientRect();
		for (const fy of [0.5, 0.25, 0.75, 0.1, 0.9])
			for (const fx of [0.5, 0.75, 0.25, 0.9, 0.1]) {
				const x = box.width * fx;
				const y = box.height * fy;
				const under = document.elementFromPoint(box.left + x, box.top + y);
				if (under && map.contains(under) && !under.closest('button, a, [role="toolbar"]'))
					return { x, y };
			}
		return { x: 8, y: 8 };
	});
	await mapView.hover({ position: free, force: true });
	await expect(mapView).toHaveAttribute('data-renderer', 'webgl', { timeout: 30_000 });
}

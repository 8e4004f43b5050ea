import { getContext, setContext } from 'svelte';

/**
 * The map's picture for "Download PNG". The SVG map is always in the page and serves by default;
 * the WebGL map, while it shows, registers a snapshot of its canvas (see `snapshotOf`), so the
 * picture is the view the reader sees, zoom and pan included.
 */
export class MapImage {
	snapshot: (() => Promise<HTMLCanvasElement | null>) | null = null;

	/** Registers the WebGL map's snapshot; returns the function that unregisters it. */
	provide(snapshot: () => Promise<HTMLCanvasElement | null>): () => void {
		this.snapshot = snapshot;
		return () => {
			if (this.snapshot === snapshot) this.snapshot = null;
		};
	}
}

const KEY = Symbol('map-image');
export const setMapImage = (image: MapImage) => setContext(KEY, image);
export const getMapImage = (): MapImage => getContext<MapImage | undefined>(KEY) ?? new MapImage();

/** What `snapshotOf` needs of a MapLibre map. */
interface RenderingMap {
	getCanvas(): HTMLCanvasElement;
	once(type: 'render', listener: () => void): unknown;
	triggerRepaint(): void;
}

/**
 * A copy of a MapLibre map's canvas. Without `preserveDrawingBuffer` the WebGL buffer can only be
 * read during the frame that drew it, so the copy is made in the next `render` event.
 */
export function snapshotOf(map: RenderingMap): Promise<HTMLCanvasElement> {
	return new Promise((resolve) => {
		map.once('render', () => {
			const source = map.getCanvas();
			const copy = document.createElement('canvas');
			copy.width = source.width;
			copy.height = source.height;
			copy.getContext('2d')?.drawImage(source, 0, 0);
			resolve(copy);
		});
		map.triggerRepaint();
	});
}

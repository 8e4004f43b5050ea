import { addProtocol, type Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import {
	BASEMAP_TIMEOUT_MS,
	asStyle,
	isPmtiles,
	pmtilesStyle,
	resolveStyleUrls,
	styleAttribution,
	withTimeout
} from './externalBasemap';
import type { MapColors } from './mapColors';
import { fontFaces, type FontFile } from './mapStyle';

/** Registers the `pmtiles://` protocol with MapLibre once, loading the library only when needed. */
let protocol: Promise<import('pmtiles').Protocol> | undefined;
function pmtilesProtocol() {
	protocol ??= import('pmtiles').then(({ Protocol }) => {
		const instance = new Protocol();
		addProtocol('pmtiles', instance.tile);
		return instance;
	});
	return protocol;
}

async function loadExternal(
	url: URL,
	colors: MapColors,
	signal: AbortSignal
): Promise<StyleSpecification> {
	if (isPmtiles(url)) {
		const [{ PMTiles }, registry] = await Promise.all([import('pmtiles'), pmtilesProtocol()]);
		const archive = new PMTiles(url.href);
		registry.add(archive);
		const [header, metadata] = await Promise.all([
			archive.getHeader(),
			archive.getMetadata().catch(() => ({}))
		]);
		const meta = metadata as { vector_layers?: { id: string }[]; attribution?: string };
		return pmtilesStyle(
			url,
			{
				...header,
				vectorLayers: (meta.vector_layers ?? []).map((layer) => layer.id),
				attribution: meta.attribution
			},
			colors
		);
	}
	const response = await fetch(url, { signal });
	if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
	const style = resolveStyleUrls(asStyle(await response.json()), url);
	if (JSON.stringify(style.sources).includes('pmtiles://')) await pmtilesProtocol();
	return style;
}

/** Resolves once the map is idle with all of `sources`, rejects on the first error before that. */
function drawn(map: MapLibreMap, sources: readonly string[]) {
	let dispose = () => {};
	const promise = new Promise<void>((resolve, reject) => {
		const onIdle = () => {
			if (map.isStyleLoaded() && sources.every((id) => map.getSource(id))) resolve();
		};
		const onError = (event: { error?: { message: string } }) =>
			reject(new Error(event.error?.message ?? 'basemap error'));
		map.on('idle', onIdle);
		map.on('error', onError);
		dispose = () => (map.off('idle', onIdle), map.off('error', onError));
	});
	return { promise: promise.finally(() => dispose()), dispose: () => dispose() };
}

/**
 * Tries a richer basemap (a style URL or a PMTiles file) over the bundled one: `apply` hands the
 * map a style (MapLibre keeps places and links, which the map added on top). If it cannot be
 * loaded and drawn within the timeout, or fails while loading, the bundled style comes back.
 * Resolves to the basemap's credits, or null when the bundled basemap stays.
 */
export async function tryRicherBasemap(options: {
	map: MapLibreMap;
	url: URL;
	colors: MapColors;
	fonts: FontFile[];
	apply: (style: StyleSpecification | null) => void;
	timeoutMs?: number;
}): Promise<string[] | null> {
	const { map, url, colors, fonts, apply, timeoutMs = BASEMAP_TIMEOUT_MS } = options;
	const deadline = performance.now() + timeoutMs;
	const controller = new AbortController();
	let watch: ReturnType<typeof drawn> | undefined;
	try {
		const external = await withTimeout(
			loadExternal(url, colors, controller.signal),
			deadline - performance.now()
		);
		watch = drawn(map, Object.keys(external.sources));
		apply({
			...external,
			'font-faces': { ...external['font-faces'], ...fontFaces(fonts) }
		});
		await withTimeout(watch.promise, deadline - performance.now());
		return styleAttribution(external);
	} catch {
		controller.abort();
		watch?.dispose();
		apply(null);
		return null;
	}
}

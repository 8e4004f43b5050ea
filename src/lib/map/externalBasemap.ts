import type {
	FilterSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import type { MapColors } from './mapColors';

/** How long a richer basemap may take to load and draw before the bundled one takes over. */
export const BASEMAP_TIMEOUT_MS = 6000;

export type BasemapChoice = { url: URL } | { refused: string } | null;

/**
 * Which richer basemap to try, if any: the page's `basemap` parameter, else the one the site was
 * built with (`VITE_ATLAS_BASEMAP`). A parameter may only name a file of the site itself: a link
 * must not make the reader's browser call another server, and the site's content security policy
 * would block it anyway.
 */
export function chooseBasemap(page: URL, configured?: string): BasemapChoice {
	const asked = page.searchParams.get('basemap');
	const value = asked ?? configured;
	if (!value) return null;
	let url: URL;
	try {
		url = new URL(value, page);
	} catch {
		return { refused: value };
	}
	if (!/^https?:$/.test(url.protocol)) return { refused: value };
	if (asked !== null && url.origin !== page.origin) return { refused: value };
	return { url };
}

export const isPmtiles = (url: URL) => url.pathname.toLowerCase().endsWith('.pmtiles');

/** Resolves the relative addresses of a style against the address it was loaded from. */
export function resolveStyleUrls(style: StyleSpecification, base: URL): StyleSpecification {
	// Keep the {z}/{x}/{y}, {fontstack} and {range} placeholders that URL() would percent-encode.
	const resolve = (value: string) =>
		/^[a-z][a-z0-9+.-]*:/i.test(value)
			? value
			: new URL(value, base).href.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
	const sources = Object.fromEntries(
		Object.entries(style.sources ?? {}).map(([id, source]) => {
			const copy = { ...source } as Record<string, unknown>;
			if (typeof copy.url === 'string') copy.url = resolve(copy.url);
			if (Array.isArray(copy.tiles)) copy.tiles = copy.tiles.map((tile) => resolve(String(tile)));
			if (typeof copy.data === 'string') copy.data = resolve(copy.data);
			return [id, copy as unknown as SourceSpecification];
		})
	);
	const sprite =
		typeof style.sprite === 'string'
			? resolve(style.sprite)
			: style.sprite?.map((s) => ({ ...s, url: resolve(s.url) }));
	return {
		...style,
		sources,
		...(sprite ? { sprite } : {}),
		...(style.glyphs ? { glyphs: resolve(style.glyphs) } : {})
	};
}

/** Checks that a fetched document is a MapLibre style, before handing it to the map. */
export function asStyle(json: unknown): StyleSpecification {
	const style = json as Partial<StyleSpecification> | null;
	if (
		!style ||
		typeof style !== 'object' ||
		style.version !== 8 ||
		typeof style.sources !== 'object' ||
		!Array.isArray(style.layers)
	)
		throw new Error('not a MapLibre style (version 8 with sources and layers)');
	return style as StyleSpecification;
}

/** What the header and metadata of a PMTiles file say that matters for drawing it. */
export interface PmtilesInfo {
	/** 1 vector (MVT), 2–5 raster (PNG, JPEG, WebP, AVIF), as in the PMTiles specification. */
	tileType: number;
	minZoom: number;
	maxZoom: number;
	vectorLayers: string[];
	attribution?: string;
}

const WATER = /water|ocean|sea|lake|river/i;

/**
 * A style for a PMTiles file: raster tiles as they are; vector tiles drawn plainly with our colours
 * (water layers as water, other areas as land, lines as borders), since a file carries no style.
 */
export function pmtilesStyle(url: URL, info: PmtilesInfo, colors: MapColors): StyleSpecification {
	const source = `pmtiles://${url.href}`;
	const base = {
		minzoom: info.minZoom,
		maxzoom: info.maxZoom,
		...(info.attribution ? { attribution: info.attribution } : {})
	};
	const background: LayerSpecification = {
		id: 'basemap-background',
		type: 'background',
		paint: { 'background-color': colors.water }
	};
	if (info.tileType !== 1)
		return {
			version: 8,
			sources: { basemap: { type: 'raster', url: source, tileSize: 256, ...base } },
			layers: [background, { id: 'basemap-raster', type: 'raster', source: 'basemap' }]
		};
	const polygon: FilterSpecification = ['==', ['geometry-type'], 'Polygon'];
	const line: FilterSpecification = ['==', ['geometry-type'], 'LineString'];
	const layers: LayerSpecification[] = [
		{ ...background, paint: { 'background-color': colors.land } }
	];
	for (const id of info.vectorLayers) {
		const common = { source: 'basemap', 'source-layer': id };
		layers.push(
			{
				id: `basemap-${id}-fill`,
				type: 'fill',
				...common,
				filter: polygon,
				paint: { 'fill-color': WATER.test(id) ? colors.water : colors.land }
			},
			{
				id: `basemap-${id}-line`,
				type: 'line',
				...common,
				filter: line,
				paint: { 'line-color': WATER.test(id) ? colors.water : colors.border, 'line-width': 0.6 }
			}
		);
	}
	return { version: 8, sources: { basemap: { type: 'vector', url: source, ...base } }, layers };
}

/** Rejects when `promise` takes longer than `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), Math.max(0, ms));
		promise.then(
			(value) => (clearTimeout(timer), resolve(value)),
			(error) => (clearTimeout(timer), reject(error))
		);
	});
}

/** The attribution texts of a style's sources, as plain text (a style may carry HTML links). */
export function styleAttribution(style: StyleSpecification): string[] {
	const texts = Object.values(style.sources ?? {}).map((source) =>
		'attribution' in source ? String(source.attribution ?? '') : ''
	);
	const plain = texts.map((text) =>
		text
			.replace(/<[^>]*>/g, '')
			.replace(/&copy;/g, '©')
			.replace(/&amp;/g, '&')
			.trim()
	);
	return [...new Set(plain.filter(Boolean))];
}

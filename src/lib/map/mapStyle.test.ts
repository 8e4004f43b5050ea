import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { LIGHT_MAP_COLORS, type MapColors } from './mapColors';
import { CROWDED_LABEL_ZOOM, LABELLED_AT_ANY_ZOOM_MAX, linkLayers, placeLayers } from './mapLayers';
import { DETAIL_ZOOM, LABEL_FONT, buildStyle } from './mapStyle';

const fonts = [
	{ url: 'http://127.0.0.1/_app/noto-latin.woff2', unicodeRange: ['U+0000-00FF'] },
	{ url: 'http://127.0.0.1/_app/noto-latin-ext.woff2' }
];
const style = buildStyle({
	countriesUrl: 'http://127.0.0.1/basemap/countries-110m.geojson',
	fonts
});

/** The bundled style with every layer the map adds on top, as MapLibre ends up holding it. */
function fullStyle(
	colors: MapColors = LIGHT_MAP_COLORS,
	lang: 'en' | 'fr' | 'es' = 'en'
): StyleSpecification {
	const empty = {
		type: 'geojson' as const,
		data: { type: 'FeatureCollection' as const, features: [] }
	};
	const sources = [
		'places',
		'place-selected',
		'place-leaders',
		'links-shared-themes',
		'links-cooperation',
		'links-cooperation-arrows'
	];
	const base = buildStyle({
		countriesUrl: 'http://127.0.0.1/basemap/countries-110m.geojson',
		fonts,
		colors
	});
	return {
		...base,
		sources: {
			...base.sources,
			...Object.fromEntries(sources.map((id) => [id, { ...empty, promoteId: 'id' }]))
		},
		layers: [
			...base.layers,
			...Object.values(linkLayers(colors)),
			...Object.values(placeLayers(colors, lang))
		] as StyleSpecification['layers']
	};
}

describe('buildStyle', () => {
	it('is a valid MapLibre style, with every layer the map adds, in every language', () => {
		for (const lang of ['en', 'fr', 'es'] as const)
			expect(validateStyleMin(fullStyle(LIGHT_MAP_COLORS, lang))).toEqual([]);
	});

	it('needs no server but the site: no glyphs, no sprite, every URL its own', () => {
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		const urls = JSON.stringify(style).match(/https?:\/\/[^"]+/g) ?? [];
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls) expect(new URL(url).host).toBe('127.0.0.1');
	});

	it('declares the label font with its files, in order', () => {
		expect(style['font-faces']).toEqual({
			[LABEL_FONT]: [
				{ url: fonts[0]!.url, 'unicode-range': ['U+0000-00FF'] },
				{ url: fonts[1]!.url }
			]
		});
		const labels = placeLayers(LIGHT_MAP_COLORS, 'fr').labels;
		expect(labels.layout).toMatchObject({ 'text-font': [LABEL_FONT] });
	});

	it('draws the coarse outlines at world zoom and the finer ones, loaded later, when zoomed in', () => {
		expect(style.sources['countries-detail']).toEqual({
			type: 'geojson',
			data: { type: 'FeatureCollection', features: [] }
		});
		const byId = Object.fromEntries(style.layers.map((l) => [l.id, l]));
		expect(byId.borders?.maxzoom).toBe(DETAIL_ZOOM);
		expect(byId['borders-detail']?.minzoom).toBe(DETAIL_ZOOM);
		expect(byId['land-detail']?.minzoom).toBe(DETAIL_ZOOM);
	});

	it('takes every colour from the colours object, so another palette is one object', () => {
		const marked = Object.fromEntries(
			Object.entries(LIGHT_MAP_COLORS).map(([key, value]) => [
				key,
				typeof value === 'string' ? `#0000${key.length.toString(16).padStart(2, '0')}` : value
			])
		) as unknown as MapColors;
		const json = JSON.stringify(fullStyle(marked));
		for (const color of Object.values(LIGHT_MAP_COLORS))
			if (typeof color === 'string') expect(json).not.toContain(color);
	});
});

describe('placeLayers', () => {
	const layers = placeLayers(LIGHT_MAP_COLORS, 'es');
	const json = JSON.stringify(layers);

	it('labels places in the interface language, falling back to English', () => {
		const labels = layers.labels;
		expect(labels.layout?.['text-field']).toEqual([
			'coalesce',
			['get', 'name_es'],
			['get', 'name_en']
		]);
	});

	it('names every place at any zoom, and at thousands of places only zoomed in, but the selected one always', () => {
		expect(layers.labels.minzoom).toBeUndefined();
		const crowded = placeLayers(LIGHT_MAP_COLORS, 'es', LABELLED_AT_ANY_ZOOM_MAX + 1);
		expect(crowded.labels.minzoom).toBe(CROWDED_LABEL_ZOOM);
		expect(crowded.selectedLabel.minzoom).toBeUndefined();
		expect(
			placeLayers(LIGHT_MAP_COLORS, 'es', LABELLED_AT_ANY_ZOOM_MAX).labels.minzoom
		).toBeUndefined();
	});

	it('shows hover, selection and filters through feature-state', () => {
		for (const key of ['hovered', 'selected', 'dimmed'])
			expect(json).toContain(`["feature-state","${key}"]`);
	});

	it('always names the selected place, from its own source, and once only', () => {
		expect(style).not.toHaveProperty('state');
		expect(layers.selectedLabel.source).toBe('place-selected');
		expect(layers.selectedLabel.filter).toBeUndefined();
		expect(layers.selectedLabel.layout?.['text-allow-overlap']).toBe(true);
		expect(layers.selectedLabel.paint?.['text-opacity']).toBe(1);
		// The other label of the selected place is hidden by a repaint, never by a filter.
		expect(layers.labels.filter).toBeUndefined();
		expect(layers.labels.paint?.['text-opacity']).toEqual([
			'case',
			['boolean', ['feature-state', 'selected'], false],
			0,
			['boolean', ['feature-state', 'dimmed'], false],
			0.35,
			1
		]);
	});

	it('colours by region and shapes by kind', () => {
		const icons = layers.icons;
		expect(JSON.stringify(icons.paint?.['icon-color'])).toContain(LIGHT_MAP_COLORS.regions.europe);
		expect(JSON.stringify(icons.layout?.['icon-image'])).toContain('shape');
	});
});

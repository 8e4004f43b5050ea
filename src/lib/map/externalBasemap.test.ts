import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import {
	asStyle,
	chooseBasemap,
	isPmtiles,
	pmtilesStyle,
	resolveStyleUrls,
	styleAttribution,
	withTimeout
} from './externalBasemap';
import { LIGHT_MAP_COLORS } from './mapColors';

const page = (query = '') => new URL(`http://127.0.0.1:4173/maps/fr${query}`);

describe('chooseBasemap', () => {
	it.each([
		['', undefined, null],
		['?basemap=tiles/world.pmtiles', undefined, 'http://127.0.0.1:4173/maps/tiles/world.pmtiles'],
		[
			'?basemap=/styles/light.json',
			'https://tiles.example.org/style.json',
			'http://127.0.0.1:4173/styles/light.json'
		],
		['', 'https://tiles.example.org/style.json', 'https://tiles.example.org/style.json'],
		['', '/tiles/world.pmtiles', 'http://127.0.0.1:4173/tiles/world.pmtiles']
	])('%s with configuration %s → %s', (query, configured, expected) => {
		const choice = chooseBasemap(page(query), configured);
		expect(choice && 'url' in choice ? choice.url.href : choice).toBe(expected);
	});

	it.each([
		'?basemap=https://tiles.example.org/style.json',
		'?basemap=//tiles.example.org/style.json',
		'?basemap=javascript:alert(1)',
		'?basemap=data:application/json,{}',
		'?basemap=http://[::1'
	])('refuses %s: a link may not send the reader to another server', (query) => {
		expect(chooseBasemap(page(query))).toHaveProperty('refused');
	});
});

describe('isPmtiles', () => {
	it.each([
		['http://127.0.0.1/world.pmtiles', true],
		['http://127.0.0.1/World.PMTiles?v=2', true],
		['http://127.0.0.1/style.json', false]
	])('%s → %s', (url, expected) => expect(isPmtiles(new URL(url))).toBe(expected));
});

describe('resolveStyleUrls', () => {
	it('resolves relative addresses against the style address and keeps absolute ones', () => {
		const style = resolveStyleUrls(
			{
				version: 8,
				glyphs: 'fonts/{fontstack}/{range}.pbf',
				sprite: '../sprites/light',
				sources: {
					tiles: { type: 'vector', url: 'pmtiles://https://127.0.0.1/world.pmtiles' },
					xyz: { type: 'raster', tiles: ['tiles/{z}/{x}/{y}.png'] },
					json: { type: 'geojson', data: 'lakes.geojson' }
				},
				layers: []
			},
			new URL('http://127.0.0.1/basemaps/light/style.json')
		);
		expect(style.glyphs).toBe('http://127.0.0.1/basemaps/light/fonts/{fontstack}/{range}.pbf');
		expect(style.sprite).toBe('http://127.0.0.1/basemaps/sprites/light');
		expect(style.sources.tiles).toMatchObject({ url: 'pmtiles://https://127.0.0.1/world.pmtiles' });
		expect(style.sources.xyz).toMatchObject({
			tiles: ['http://127.0.0.1/basemaps/light/tiles/{z}/{x}/{y}.png']
		});
		expect(style.sources.json).toMatchObject({
			data: 'http://127.0.0.1/basemaps/light/lakes.geojson'
		});
	});
});

describe('asStyle', () => {
	it.each([
		null,
		'text',
		{ version: 7, sources: {}, layers: [] },
		{ version: 8, layers: [] },
		{ version: 8, sources: {}, layers: {} }
	])('refuses %j', (json) => expect(() => asStyle(json)).toThrow(/not a MapLibre style/));
	it('accepts a style', () => {
		const style = { version: 8, sources: {}, layers: [] };
		expect(asStyle(style)).toBe(style);
	});
});

describe('pmtilesStyle', () => {
	const url = new URL('http://127.0.0.1/tiles/world.pmtiles');

	it('draws vector tiles with our colours, water as water, and is a valid style', () => {
		const style = pmtilesStyle(
			url,
			{
				tileType: 1,
				minZoom: 0,
				maxZoom: 6,
				vectorLayers: ['earth', 'water', 'boundaries'],
				attribution: '© OpenStreetMap'
			},
			LIGHT_MAP_COLORS
		);
		expect(validateStyleMin(style)).toEqual([]);
		expect(style.sources.basemap).toMatchObject({
			type: 'vector',
			url: 'pmtiles://http://127.0.0.1/tiles/world.pmtiles',
			maxzoom: 6
		});
		const water = style.layers.find((l) => l.id === 'basemap-water-fill')!;
		expect(water).toMatchObject({ paint: { 'fill-color': LIGHT_MAP_COLORS.water } });
		expect(styleAttribution(style)).toEqual(['© OpenStreetMap']);
	});

	it('draws raster tiles as they are', () => {
		const style = pmtilesStyle(
			url,
			{ tileType: 2, minZoom: 0, maxZoom: 4, vectorLayers: [] },
			LIGHT_MAP_COLORS
		);
		expect(validateStyleMin(style)).toEqual([]);
		expect(style.layers.map((l) => l.type)).toEqual(['background', 'raster']);
	});
});

describe('styleAttribution', () => {
	it('gives plain text, once each', () => {
		const style = {
			version: 8,
			sources: {
				a: {
					type: 'vector',
					attribution: '<a href="https://osm.org/copyright">&copy; OpenStreetMap</a>'
				},
				b: {
					type: 'vector',
					attribution: '<a href="https://osm.org/copyright">&copy; OpenStreetMap</a>'
				},
				c: { type: 'geojson', data: 'x' }
			},
			layers: []
		} as unknown as StyleSpecification;
		expect(styleAttribution(style)).toEqual(['© OpenStreetMap']);
	});
});

describe('withTimeout', () => {
	it('passes on what comes in time, and rejects what comes late', async () => {
		vi.useFakeTimers();
		try {
			await expect(withTimeout(Promise.resolve('fast'), 100)).resolves.toBe('fast');
			const slow = withTimeout(new Promise(() => {}), 6000);
			vi.advanceTimersByTime(6000);
			await expect(slow).rejects.toThrow(/timed out after 6000 ms/);
		} finally {
			vi.useRealTimers();
		}
	});
});

import { describe, expect, it } from 'vitest';
import { indexAtlas, type Atlas } from '$lib/data/atlas';
import { readDataDir } from '$lib/server/dataDir';
import type { LonLat } from './arcs';
import {
	sameIds,
	leadersGeoJson,
	MIN_TARGET_PX,
	placeSymbols,
	placesGeoJson,
	selectedGeoJson,
	spreadPositions
} from './placeFeatures';

async function realAtlas(): Promise<Atlas> {
	const { data } = await readDataDir('data');
	return indexAtlas(data!);
}

// A plain equirectangular view: `scale` pixels per degree, north up.
const view = (scale: number) => ({
	project: ([lon, lat]: LonLat) => ({ x: lon * scale, y: -lat * scale }),
	unproject: ({ x, y }: { x: number; y: number }): LonLat => [x / scale, -y / scale]
});

describe('placeSymbols', () => {
	it('gives every place a symbol, west to east, sized by its practices and shaped by its kind', async () => {
		const atlas = await realAtlas();
		const symbols = placeSymbols(atlas);
		expect(symbols.map((s) => s.id).sort()).toEqual(atlas.places.map((p) => p.id).sort());
		for (let i = 1; i < symbols.length; i++)
			expect(symbols[i]!.lon).toBeGreaterThanOrEqual(symbols[i - 1]!.lon);
		const ssd = symbols.find((s) => s.id === 'seine-saint-denis')!;
		expect(ssd.shape).toBe('diamond');
		expect(symbols.find((s) => s.id === 'grigny')!.shape).toBe('circle');
		expect(ssd.practices).toBe(atlas.practicesByPlace.get('seine-saint-denis')!.length);
	});
});

describe('spreadPositions', () => {
	it('moves only the places that overlap at this scale, and never at street scale', async () => {
		const symbols = placeSymbols(await realAtlas());
		const world = view(4);
		const moved = spreadPositions(symbols, world.project, world.unproject);
		for (const id of ['seine-saint-denis', 'grigny', 'amsterdam', 'utrecht'])
			expect(moved.has(id)).toBe(true);
		for (const id of ['mexico-city', 'ngazidja', 'jenin', 'sao-paulo'])
			expect(moved.has(id)).toBe(false);
		const street = view(2000);
		expect(spreadPositions(symbols, street.project, street.unproject).size).toBe(0);
	});

	it('keeps every two places at least a touch target apart, however small their symbols', async () => {
		const symbols = placeSymbols(await realAtlas());
		for (const scale of [1, 4, 16, 64]) {
			const world = view(scale);
			const moved = spreadPositions(symbols, world.project, world.unproject);
			const at = symbols.map((s) => world.project(moved.get(s.id) ?? [s.lon, s.lat]));
			for (let i = 0; i < at.length; i++)
				for (let j = i + 1; j < at.length; j++)
					expect(
						Math.hypot(at[i]!.x - at[j]!.x, at[i]!.y - at[j]!.y),
						`${symbols[i]!.id} and ${symbols[j]!.id} at ${scale} px per degree`
					).toBeGreaterThanOrEqual(MIN_TARGET_PX - 0.5);
		}
	});

	it('leaves out places the view cannot show', async () => {
		const symbols = placeSymbols(await realAtlas());
		const world = view(4);
		const moved = spreadPositions(symbols, world.project, world.unproject, {
			visible: (id) => id !== 'grigny'
		});
		expect(moved.has('grigny')).toBe(false);
	});
});

describe('placesGeoJson and leadersGeoJson', () => {
	it('draws moved places where they were spread to, with a leader line back to where they are', async () => {
		const symbols = placeSymbols(await realAtlas());
		const moved = new Map<string, LonLat>([['grigny', [2.39, 47.5]]]);
		const places = placesGeoJson(symbols, moved);
		const grigny = places.features.find((f) => f.properties?.id === 'grigny')!;
		expect(grigny.geometry.coordinates).toEqual([2.39, 47.5]);
		const lyon = places.features.find((f) => f.properties?.id === 'lyon')!;
		expect(lyon.geometry.coordinates).toEqual([4.84, 45.76]);
		expect(lyon.properties).toMatchObject({
			region: 'europe',
			shape: 'circle',
			name_en: 'Lyon',
			name_fr: null
		});

		const leaders = leadersGeoJson(symbols, moved);
		expect(leaders.features.map((f) => f.geometry)).toEqual([
			{
				type: 'LineString',
				coordinates: [
					[2.39, 48.65],
					[2.39, 47.5]
				]
			},
			{ type: 'Point', coordinates: [2.39, 48.65] }
		]);
	});
});

describe('selectedGeoJson', () => {
	it('holds the selected place where it is drawn, or nothing', async () => {
		const symbols = placeSymbols(await realAtlas());
		const places = placesGeoJson(symbols, new Map([['grigny', [2.39, 47.5]]]));
		const [grigny, ...others] = selectedGeoJson(places, 'grigny').features;
		expect(others).toEqual([]);
		expect(grigny?.properties).toMatchObject({ id: 'grigny', name_en: 'Grigny' });
		expect(grigny?.geometry.coordinates).toEqual([2.39, 47.5]);
		expect(selectedGeoJson(places, null).features).toEqual([]);
		expect(selectedGeoJson(places, 'nowhere').features).toEqual([]);
	});
});

describe('sameIds', () => {
	it('tells whether two sets hold the same ids, whatever their order', () => {
		expect(sameIds(new Set(['a', 'b']), new Set(['b', 'a']))).toBe(true);
		expect(sameIds(new Set(), new Set())).toBe(true);
		expect(sameIds(new Set(['a', 'b']), new Set(['a', 'c']))).toBe(false);
		expect(sameIds(new Set(['a']), new Set(['a', 'b']))).toBe(false);
	});
});

import { describe, expect, it } from 'vitest';
import { PLACE_KINDS } from '$lib/data/types';
import { indexAtlas } from '$lib/data/atlas';
import { readDataDir } from '$lib/server/dataDir';
import { DIAMOND_SCALE, mainThemes, symbolExtent, symbolRadius, symbolShape } from './placeSymbols';

describe('symbolShape', () => {
	it.each(
		PLACE_KINDS.map((kind) => [
			kind,
			kind === 'city' || kind === 'municipality' ? 'circle' : 'diamond'
		])
	)('%s → %s', (kind, shape) => expect(symbolShape(kind)).toBe(shape));
});

describe('symbolRadius and symbolExtent', () => {
	it('grows the area, not the radius, with the number of practices', () => {
		expect(symbolRadius(0)).toBe(5);
		expect(symbolRadius(4) - symbolRadius(0)).toBeCloseTo(2 * (symbolRadius(1) - symbolRadius(0)));
		expect(symbolRadius(-1)).toBe(5);
	});

	it('gives a diamond the area of the circle of the same radius', () => {
		const r = 10;
		const half = symbolExtent('diamond', r);
		expect(2 * half * half).toBeCloseTo(Math.PI * r * r);
		expect(half).toBeCloseTo(r * DIAMOND_SCALE);
		expect(symbolExtent('circle', r)).toBe(r);
	});
});

describe('mainThemes', () => {
	it('lists the themes a place works on most, ties in theme order', async () => {
		const { data } = await readDataDir('tests/fixtures/small');
		const atlas = indexAtlas(data!);
		expect(mainThemes(atlas, 'jenin')).toEqual(
			['gender', 'cooperation'].sort(
				(a, b) =>
					atlas.themes.findIndex((t) => t.id === a) - atlas.themes.findIndex((t) => t.id === b)
			)
		);
		expect(mainThemes(atlas, 'jenin', 1)).toHaveLength(1);
		expect(mainThemes(atlas, 'nowhere')).toEqual([]);
	});
});

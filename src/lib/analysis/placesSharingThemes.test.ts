import { describe, expect, it } from 'vitest';
import { placesByTheme, placesSharingThemes } from './placesSharingThemes';
import { byPlaceName } from './placeOrder';
import { sampleAtlas } from './testing/sampleAtlas';

const byName = byPlaceName(sampleAtlas, 'en');
const inNameOrder = [...sampleAtlas.places].sort((a, b) => byName(a.id, b.id));

describe('placesSharingThemes', () => {
	it.each([
		[
			'alpha',
			[
				{ theme: 'a', places: ['beta', 'gamma'] },
				{ theme: 'b', places: ['beta', 'gamma'] },
				{ theme: 'c', places: ['sao-paulo'] }
			]
		],
		['delta', [{ theme: 'd', places: [] }]],
		['empty', []],
		['unknown', []]
	])('%s', (id, expected) => {
		expect(
			placesSharingThemes(
				id,
				sampleAtlas.themesByPlace,
				placesByTheme(sampleAtlas.themesByPlace, inNameOrder)
			)
		).toEqual(expected);
	});

	it('lists each theme’s places in the order given, whatever the order of the map', () => {
		const reversed = placesByTheme(sampleAtlas.themesByPlace, [...inNameOrder].reverse());
		expect(placesSharingThemes('alpha', sampleAtlas.themesByPlace, reversed)).toEqual([
			{ theme: 'a', places: ['gamma', 'beta'] },
			{ theme: 'b', places: ['gamma', 'beta'] },
			{ theme: 'c', places: ['sao-paulo'] }
		]);
	});

	it('indexes every theme of every place once, and places missing from the order not at all', () => {
		const themesByPlace = new Map([
			['x', ['t1', 't2']],
			['y', ['t2']],
			['z', ['t1']]
		]);
		const index = placesByTheme(themesByPlace, [{ id: 'z' }, { id: 'y' }, { id: 'x' }]);
		expect(Object.fromEntries(index)).toEqual({ t1: ['z', 'x'], t2: ['y', 'x'] });
		expect(Object.fromEntries(placesByTheme(themesByPlace, [{ id: 'y' }]))).toEqual({
			t2: ['y']
		});
	});
});

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
		expect(placesSharingThemes(id, sampleAtlas.themesByPlace, inNameOrder)).toEqual(expected);
	});

	it('lists each theme’s places in the order given, whatever the order of the map', () => {
		const reversed = [...inNameOrder].reverse();
		expect(placesSharingThemes('alpha', sampleAtlas.themesByPlace, reversed)).toEqual([
			{ theme: 'a', places: ['gamma', 'beta'] },
			{ theme: 'b', places: ['gamma', 'beta'] },
			{ theme: 'c', places: ['sao-paulo'] }
		]);
	});

	it('answers from the themes given, not from an index made of other themes in the same order', () => {
		const order = [{ id: 'x' }, { id: 'y' }];
		const before = new Map([
			['x', ['t']],
			['y', ['t']]
		]);
		const after = new Map([
			['x', ['t']],
			['y', ['u']]
		]);
		expect(placesSharingThemes('x', before, order)).toEqual([{ theme: 't', places: ['y'] }]);
		expect(placesSharingThemes('x', after, order)).toEqual([{ theme: 't', places: [] }]);
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

import { describe, expect, it } from 'vitest';
import { placesSharingThemes } from './placesSharingThemes';
import { byPlaceName } from './placeOrder';
import { sampleAtlas } from './testing/sampleAtlas';

const byName = byPlaceName(sampleAtlas, 'en');

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
		expect(placesSharingThemes(id, sampleAtlas.themesByPlace, byName)).toEqual(expected);
	});

	it('lists each theme’s places in the order given, whatever the order of the map', () => {
		const reversed = (a: string, b: string) => byName(b, a);
		expect(placesSharingThemes('alpha', sampleAtlas.themesByPlace, reversed)).toEqual([
			{ theme: 'a', places: ['gamma', 'beta'] },
			{ theme: 'b', places: ['gamma', 'beta'] },
			{ theme: 'c', places: ['sao-paulo'] }
		]);
		// Asked again in the first order: not the cached reversed one.
		expect(placesSharingThemes('alpha', sampleAtlas.themesByPlace, byName)[0]!.places).toEqual([
			'beta',
			'gamma'
		]);
	});
});

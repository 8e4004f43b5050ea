import { describe, expect, it } from 'vitest';
import { placesSharingThemes } from './placesSharingThemes';
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
		expect(
			placesSharingThemes('alpha', sampleAtlas.themesByPlace, [...inNameOrder].reverse())
		).toEqual([
			{ theme: 'a', places: ['gamma', 'beta'] },
			{ theme: 'b', places: ['gamma', 'beta'] },
			{ theme: 'c', places: ['sao-paulo'] }
		]);
	});
});

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
});

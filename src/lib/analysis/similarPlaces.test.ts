import fc from 'fast-check';
import { themesByPlaceArbitrary } from './testing/themesByPlaceArbitrary';
import { describe, expect, it } from 'vitest';
import { byCodeUnits } from './byCodeUnits';
import { byPlaceName } from './placeOrder';
import { similarPlaces } from './similarPlaces';
import { sampleAtlas } from './testing/sampleAtlas';

const byName = byPlaceName(sampleAtlas, 'en');

describe('similarPlaces', () => {
	it('ranks by Jaccard index, ties by name, and leaves out places with nothing in common', () => {
		expect(similarPlaces('alpha', sampleAtlas.themesByPlace, byName).ranked).toEqual([
			{ id: 'beta', score: 2 / 3, shared: ['a', 'b'] },
			{ id: 'gamma', score: 2 / 3, shared: ['a', 'b'] },
			{ id: 'sao-paulo', score: 1 / 3, shared: ['c'] }
		]);
	});

	it('puts an identical theme set first', () => {
		expect(
			similarPlaces('beta', sampleAtlas.themesByPlace, byName).ranked.map((s) => [s.id, s.score])
		).toEqual([
			['gamma', 1],
			['alpha', 2 / 3]
		]);
	});

	it.each(['delta', 'empty', 'unknown'])('is empty for %s, which shares no theme', (id) => {
		expect(similarPlaces(id, sampleAtlas.themesByPlace, byName)).toEqual({ ranked: [], total: 0 });
	});

	it('gives the first `limit` of the same order, and counts them all', () => {
		fc.assert(
			fc.property(themesByPlaceArbitrary, fc.nat(8), (themesByPlace, limit) => {
				for (const id of themesByPlace.keys()) {
					const all = similarPlaces(id, themesByPlace, byCodeUnits);
					expect(similarPlaces(id, themesByPlace, byCodeUnits, limit)).toEqual({
						ranked: all.ranked.slice(0, limit),
						total: all.ranked.length
					});
				}
			})
		);
	});
});

import { describe, expect, it } from 'vitest';
import { byPlaceName } from './placeOrder';
import { similarityOrder } from './similarityOrder';
import { sampleAtlas } from './testing/sampleAtlas';

const byName = byPlaceName(sampleAtlas, 'en');
const themesOf = (id: string) => new Set(sampleAtlas.themesByPlace.get(id) ?? []);
const ids = sampleAtlas.places.map((p) => p.id);

describe('similarityOrder', () => {
	it('anchored: the anchor, then from most to least similar, ties by name', () => {
		expect(similarityOrder(ids, themesOf, byName, 'alpha')).toEqual([
			'alpha',
			'beta',
			'gamma',
			'sao-paulo',
			'delta',
			'empty'
		]);
		expect(similarityOrder(ids, themesOf, byName, 'delta')).toEqual([
			'delta',
			'alpha',
			'beta',
			'empty',
			'gamma',
			'sao-paulo'
		]);
	});

	it('without anchor: a nearest-neighbour chain from the place with the most themes', () => {
		expect(similarityOrder(ids, themesOf, byName)).toEqual([
			'alpha',
			'beta',
			'gamma',
			'delta',
			'empty',
			'sao-paulo'
		]);
	});

	it('beyond the chain limit, anchors on the place with the most themes', () => {
		expect(similarityOrder(ids, themesOf, byName, null, 5)).toEqual(
			similarityOrder(ids, themesOf, byName, 'alpha')
		);
		expect(similarityOrder(ids, themesOf, byName, null, 6)).toEqual(
			similarityOrder(ids, themesOf, byName)
		);
	});

	it('ignores an anchor that is not among the places', () => {
		expect(similarityOrder(['beta', 'alpha'], themesOf, byName, 'delta')).toEqual([
			'alpha',
			'beta'
		]);
	});

	it('does not depend on the input order', () => {
		expect(similarityOrder([...ids].reverse(), themesOf, byName)).toEqual(
			similarityOrder(ids, themesOf, byName)
		);
	});

	it.each([[[]], [['delta']]])('handles %j', (few) => {
		expect(similarityOrder(few, themesOf, byName)).toEqual(few);
	});
});

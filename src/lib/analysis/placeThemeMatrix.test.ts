import { describe, expect, it } from 'vitest';
import { placeThemeCounts, sortMatrixRows } from './placeThemeMatrix';
import { byPlaceName } from './placeOrder';
import { sampleAtlas } from './testing/sampleAtlas';

const byName = byPlaceName(sampleAtlas, 'en');
const rows = placeThemeCounts(
	sampleAtlas.places,
	['a', 'b', 'c', 'd'],
	sampleAtlas.practicesByPlace
);

describe('placeThemeCounts', () => {
	it('counts practices per theme and in total (a practice with two themes counts once in the total)', () => {
		expect(rows.map((r) => [r.place, r.counts, r.total])).toEqual([
			['alpha', [1, 1, 1, 0], 2],
			['beta', [1, 1, 0, 0], 2],
			['gamma', [1, 1, 0, 0], 1],
			['delta', [0, 0, 0, 1], 1],
			['sao-paulo', [0, 0, 1, 0], 1],
			['empty', [0, 0, 0, 0], 0]
		]);
	});

	it('counts only the given practices and themes', () => {
		const some = placeThemeCounts(
			sampleAtlas.places.slice(0, 1),
			['c'],
			new Map([['alpha', sampleAtlas.practicesByPlace.get('alpha')!.slice(1)]])
		);
		expect(some).toEqual([{ place: 'alpha', region: 'europe', counts: [1], total: 1 }]);
	});
});

describe('sortMatrixRows', () => {
	it.each([
		['region', null, ['delta', 'gamma', 'sao-paulo', 'alpha', 'beta', 'empty']],
		['count', null, ['alpha', 'beta', 'delta', 'gamma', 'sao-paulo', 'empty']],
		['similarity', null, ['alpha', 'beta', 'gamma', 'delta', 'empty', 'sao-paulo']],
		['similarity', 'sao-paulo', ['sao-paulo', 'alpha', 'beta', 'delta', 'empty', 'gamma']]
	] as const)('by %s (selected: %s)', (sort, selected, expected) => {
		expect(sortMatrixRows(rows, sort, byName, selected).map((r) => r.place)).toEqual(expected);
	});
});

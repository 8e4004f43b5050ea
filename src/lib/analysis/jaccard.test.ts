import { describe, expect, it } from 'vitest';
import { intersection, jaccard } from './jaccard';

describe('jaccard', () => {
	it.each<[string[], string[], number]>([
		[['a', 'b', 'c'], ['a', 'b'], 2 / 3],
		[['a'], ['a'], 1],
		[['a'], ['b'], 0],
		[[], ['a'], 0],
		[[], [], 0]
	])('%j, %j → %d', (a, b, expected) => {
		expect(jaccard(new Set(a), new Set(b))).toBeCloseTo(expected, 10);
		expect(jaccard(new Set(b), new Set(a))).toBeCloseTo(expected, 10);
	});
});

describe('intersection', () => {
	it('keeps the order of the first set', () => {
		expect(intersection(['c', 'a', 'b'], new Set(['a', 'c']))).toEqual(['c', 'a']);
	});
});

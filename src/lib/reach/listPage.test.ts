import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstMatching } from './listPage';

describe('firstMatching', () => {
	it('keeps the first matching items in order, and counts them all', () => {
		const items = ['a', 'b', 'c', 'd', 'e'];
		expect(firstMatching(items, (item) => item !== 'b', 2)).toEqual({
			shown: ['a', 'c'],
			matching: 4
		});
		expect(firstMatching(items, () => false, 2)).toEqual({ shown: [], matching: 0 });
		expect(firstMatching(items, () => true, 10)).toEqual({ shown: items, matching: 5 });
	});

	it('is the plain filter, cut at the limit', () => {
		fc.assert(
			fc.property(fc.array(fc.integer()), fc.integer({ min: 0, max: 20 }), (items, limit) => {
				const even = (n: number) => n % 2 === 0;
				const all = items.filter(even);
				expect(firstMatching(items, even, limit)).toEqual({
					shown: all.slice(0, limit),
					matching: all.length
				});
			})
		);
	});
});

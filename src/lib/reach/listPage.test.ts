import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstMatching } from './listPage';

describe('firstMatching', () => {
	it('keeps the first matching items in order, and counts them all', () => {
		const items = ['a', 'b', 'c', 'd', 'e'];
		expect(firstMatching(items, (item) => item !== 'b', 2)).toEqual({
			rows: ['a', 'c'],
			shown: 2,
			matching: 4
		});
		expect(firstMatching(items, () => false, 2)).toEqual({ rows: [], shown: 0, matching: 0 });
		expect(firstMatching(items, () => true, 10)).toEqual({ rows: items, shown: 5, matching: 5 });
	});

	it('keeps a row for each of the first items, matching or not', () => {
		const items = ['a', 'b', 'c', 'd', 'e'];
		expect(firstMatching(items, (item) => item === 'b' || item === 'e', 5, 3)).toEqual({
			rows: ['a', 'b', 'c', 'e'],
			shown: 2,
			matching: 2
		});
	});

	it('is the plain filter cut at the limit, with the first rows kept', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer()),
				fc.integer({ min: 0, max: 20 }),
				fc.integer({ min: 0, max: 20 }),
				(items, limit, keep) => {
					const kept = Math.min(keep, limit);
					const even = (n: number) => n % 2 === 0;
					const page = firstMatching(items, even, limit, kept);
					const all = items.filter(even);
					expect(page.matching).toBe(all.length);
					expect(page.rows.filter(even)).toEqual(all.slice(0, limit));
					expect(page.shown).toBe(Math.min(all.length, limit));
					expect(page.rows.filter((n) => !even(n))).toEqual(
						items.slice(0, kept).filter((n) => !even(n))
					);
				}
			)
		);
	});
});

import { describe, expect, it } from 'vitest';
import { byCodeUnits } from './byCodeUnits';

describe('byCodeUnits', () => {
	it('orders by code units, whatever the locale would say', () => {
		expect(['b', 'a-c', 'ab', 'B', 'é', 'a'].sort(byCodeUnits)).toEqual([
			'B',
			'a',
			'a-c',
			'ab',
			'b',
			'é'
		]);
	});

	it('gives 0 only for equal strings', () => {
		expect(byCodeUnits('x', 'x')).toBe(0);
		expect(byCodeUnits('x', 'y')).toBe(-1);
		expect(byCodeUnits('y', 'x')).toBe(1);
	});
});

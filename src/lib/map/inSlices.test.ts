import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inSlices } from './inSlices';

describe('inSlices', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs the first slice at once and each next one in a later task', () => {
		const seen: number[] = [];
		inSlices([1, 2, 3, 4, 5], 2, (n) => seen.push(n));
		expect(seen).toEqual([1, 2]);
		vi.advanceTimersToNextTimer();
		expect(seen).toEqual([1, 2, 3, 4]);
		vi.advanceTimersToNextTimer();
		expect(seen).toEqual([1, 2, 3, 4, 5]);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('runs a short list at once, leaving nothing for later', () => {
		const seen: number[] = [];
		inSlices([1, 2, 3], 3, (n) => seen.push(n));
		expect(seen).toEqual([1, 2, 3]);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('stops the slices not yet run', () => {
		const seen: number[] = [];
		const stop = inSlices([1, 2, 3, 4, 5], 2, (n) => seen.push(n));
		stop();
		vi.runAllTimers();
		expect(seen).toEqual([1, 2]);
	});
});

import { afterEach, describe, expect, it, vi } from 'vitest';

const load = vi.hoisted(() => ({ current: (): unknown => null }));
vi.mock('./overviewViews', () => ({
	OVERVIEW_COMPONENTS: { regions: () => load.current(), matrix: () => null, network: () => null }
}));
const { preloadDefaultOverview } = await import('./overviewPreload');

describe('preloadDefaultOverview', () => {
	afterEach(() => vi.useRealTimers());

	it('waits for the code of the default overview', async () => {
		let done = false;
		load.current = () => new Promise((resolve) => setTimeout(() => ((done = true), resolve(1)), 5));
		await preloadDefaultOverview();
		expect(done).toBe(true);
	});

	it('never fails the page when the code cannot load', async () => {
		load.current = () => Promise.reject(new Error('offline'));
		await expect(preloadDefaultOverview()).resolves.toBeUndefined();
	});

	it('stops waiting after its patience, so a stalled request never holds the page back', async () => {
		vi.useFakeTimers();
		load.current = () => new Promise(() => {});
		const waiting = preloadDefaultOverview(2000);
		await vi.advanceTimersByTimeAsync(2000);
		await expect(waiting).resolves.toBeUndefined();
	});
});

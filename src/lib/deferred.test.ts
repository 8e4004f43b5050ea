import { describe, expect, it, vi } from 'vitest';
import { deferred } from './deferred';

describe('deferred', () => {
	it('gives what the server has at once, without loading anything', () => {
		const load = vi.fn(async () => ({ default: 'loaded' }));
		expect(deferred('server', load)()).toBe('server');
		expect(load).not.toHaveBeenCalled();
	});

	it('loads in the browser once, however often it is asked for', async () => {
		const load = vi.fn(async () => ({ default: 'loaded' }));
		const get = deferred<string>(null, load);
		const first = get();
		expect(first).toBeInstanceOf(Promise);
		expect(get()).toBe(first);
		await expect(first).resolves.toBe('loaded');
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('gives the part itself once loaded, so that a page hydrating after it keeps its copy', async () => {
		const get = deferred<string>(null, async () => ({ default: 'loaded' }));
		await get();
		expect(get()).toBe('loaded');
	});
});

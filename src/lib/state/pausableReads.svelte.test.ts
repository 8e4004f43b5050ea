import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { PausableReads } from './pausableReads.svelte';
import { watchKeys } from './testing/watchKeys.svelte';

class Harness {
	live = $state(true);
	values = $state<Record<string, number>>({ a: 1, b: 1 });
}

function setUp() {
	const state = new Harness();
	let reads!: PausableReads<string, number>;
	const stopRoot = $effect.root(() => {
		reads = new PausableReads(
			() => state.live,
			(key) => state.values[key]!
		);
	});
	const watched = watchKeys(['a', 'b'], (key) => reads.get(key));
	return {
		state,
		...watched,
		stop: () => {
			watched.stop();
			stopRoot();
		}
	};
}

describe('PausableReads', () => {
	it('tracks while live', () => {
		const { state, seen, runs, stop } = setUp();
		state.values.a = 2;
		flushSync();
		expect(seen).toEqual({ a: 2, b: 1 });
		expect(runs).toEqual({ a: 2, b: 1 });
		stop();
	});

	it('paused, keeps every value and stops waking readers, then runs every reader once when live again', () => {
		const { state, seen, runs, stop } = setUp();
		state.live = false;
		flushSync();
		// Going paused wakes nobody.
		expect(runs).toEqual({ a: 1, b: 1 });
		state.values.a = 2;
		flushSync();
		// Woken once by its earlier dependency, it reads what it had, and depends on it no more.
		expect(runs).toEqual({ a: 2, b: 1 });
		expect(seen).toEqual({ a: 1, b: 1 });
		state.values.a = 3;
		state.values.b = 3;
		flushSync();
		expect(runs).toEqual({ a: 2, b: 2 });
		state.values.a = 4;
		state.values.b = 4;
		flushSync();
		expect(runs).toEqual({ a: 2, b: 2 });
		expect(seen).toEqual({ a: 1, b: 1 });

		state.live = true;
		flushSync();
		expect(seen).toEqual({ a: 4, b: 4 });
		expect(runs).toEqual({ a: 3, b: 3 });
		state.values.b = 5;
		flushSync();
		expect(runs).toEqual({ a: 3, b: 4 });
		stop();
	});
});

import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { KeyedFlag } from './keyedFlag.svelte';
import { watchKeys } from './testing/watchKeys.svelte';

const watch = (flag: KeyedFlag<string>, keys: string[]) => watchKeys(keys, (key) => flag.is(key));

describe('KeyedFlag', () => {
	it('answers per key, starting from the chosen one', () => {
		const flag = new KeyedFlag(['a', 'b', 'c'], 'b');
		const { seen, stop } = watch(flag, ['a', 'b', 'c']);
		expect(seen).toEqual({ a: false, b: true, c: false });
		expect(flag.value).toBe('b');
		stop();
	});

	it('wakes only the readers of the keys whose answer changed', () => {
		const flag = new KeyedFlag(['a', 'b', 'c', 'd'], 'a');
		const { runs, seen, stop } = watch(flag, ['a', 'b', 'c', 'd']);
		flag.value = 'c';
		flushSync();
		expect(seen).toEqual({ a: false, b: false, c: true, d: false });
		expect(runs).toEqual({ a: 2, b: 1, c: 2, d: 1 });
		flag.value = null;
		flushSync();
		expect(seen.c).toBe(false);
		expect(runs).toEqual({ a: 2, b: 1, c: 3, d: 1 });
		flag.value = null;
		flushSync();
		expect(runs).toEqual({ a: 2, b: 1, c: 3, d: 1 });
		stop();
	});

	it('answers keys outside its set from the chosen value', () => {
		const flag = new KeyedFlag<string>(['x']);
		flag.value = 'y';
		expect([flag.is('x'), flag.is('y'), flag.is('z')]).toEqual([false, true, false]);
		const { runs, seen, stop } = watch(flag, ['x', 'z']);
		flag.value = 'z';
		flushSync();
		expect(seen).toEqual({ x: false, z: true });
		expect(runs).toEqual({ x: 1, z: 2 });
		stop();
	});

	it('still wakes readers of the chosen value itself', () => {
		const flag = new KeyedFlag(['a', 'b'], 'a');
		let value: string | null = null;
		const stop = $effect.root(() => {
			$effect(() => {
				value = flag.value;
			});
		});
		flushSync();
		flag.value = 'b';
		flushSync();
		expect(value).toBe('b');
		stop();
	});
});

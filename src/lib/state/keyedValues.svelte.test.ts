import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { KeyedValues } from './keyedValues.svelte';
import { watchKeys } from './testing/watchKeys.svelte';

const watch = <V>(values: KeyedValues<string, V>, keys: string[]) =>
	watchKeys(keys, (key) => values.get(key));

describe('KeyedValues', () => {
	it('starts from each key’s value and answers nothing outside its keys', () => {
		const values = new KeyedValues(['a', 'b'], (key) => key.toUpperCase());
		expect([values.get('a'), values.get('b'), values.get('c')]).toEqual(['A', 'B', undefined]);
		expect([values.has('a'), values.has('c')]).toEqual([true, false]);
		values.set('c', 'C');
		expect(values.get('c')).toBeUndefined();
	});

	it('wakes only the readers of the keys whose value changed', () => {
		const values = new KeyedValues(['a', 'b', 'c'], () => 0);
		const { runs, seen, stop } = watch(values, ['a', 'b', 'c']);
		values.setAll((key) => (key === 'b' ? 1 : 0));
		flushSync();
		expect(seen).toEqual({ a: 0, b: 1, c: 0 });
		expect(runs).toEqual({ a: 1, b: 2, c: 1 });
		values.set('b', 1);
		flushSync();
		expect(runs).toEqual({ a: 1, b: 2, c: 1 });
		stop();
	});

	it('follows the states its values are made from, in the same flush', () => {
		let offset = $state(0);
		const values = new KeyedValues([1, 2, 3], (key) => key);
		const stopFollowing = $effect.root(() =>
			values.follow(() => {
				const floor = offset;
				return (key) => Math.max(key, floor);
			})
		);
		const { runs, stop } = watchKeys(['1', '2', '3'], (key) => values.get(Number(key)));
		offset = 2;
		flushSync();
		expect([values.get(1), values.get(2), values.get(3)]).toEqual([2, 2, 3]);
		expect(runs).toEqual({ 1: 2, 2: 1, 3: 1 });
		stop();
		stopFollowing();
	});
});

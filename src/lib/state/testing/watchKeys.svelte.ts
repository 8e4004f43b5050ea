import { flushSync } from 'svelte';

/**
 * One effect per key that reads only `read(key)`: how many times each ran, and what it last read.
 * A per-key state passes when a change runs again only the effects of the keys it changed.
 */
export function watchKeys<K extends string, V>(keys: readonly K[], read: (key: K) => V) {
	const runs = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
	const seen = {} as Record<K, V>;
	const stop = $effect.root(() => {
		for (const key of keys)
			$effect(() => {
				seen[key] = read(key);
				runs[key]++;
			});
	});
	flushSync();
	return { runs, seen, stop };
}

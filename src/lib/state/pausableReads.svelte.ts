import { untrack } from 'svelte';

/**
 * One value per key, read through `valueOf`, that stops changing while `live()` is false and
 * catches up when it is true again: a view nobody sees keeps what it last drew and wakes nothing,
 * and every reader runs once when it is shown. Make it while a component initialises.
 */
export class PausableReads<K, V> {
	/** Bumped when reads go live again: every reader depends on it, so every reader runs. */
	#resumed = $state(0);
	#live: boolean;
	/** What each key last read: paused, a reader woken by an earlier dependency gets it again. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache, never read by an effect as state
	readonly #last = new Map<K, V>();
	readonly #valueOf: (key: K) => V;

	constructor(live: () => boolean, valueOf: (key: K) => V) {
		this.#valueOf = valueOf;
		this.#live = untrack(live);
		$effect.pre(() => {
			const now = live();
			if (now && !this.#live) this.#resumed++;
			this.#live = now;
		});
	}

	get(key: K): V {
		void this.#resumed;
		if (!this.#live && this.#last.has(key)) return this.#last.get(key)!;
		const value = this.#live ? this.#valueOf(key) : untrack(() => this.#valueOf(key));
		this.#last.set(key, value);
		return value;
	}
}

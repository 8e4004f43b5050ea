import { untrack } from 'svelte';

/**
 * Which one of a set of keys, if any, is chosen, readable per key: `is(key)` wakes its readers
 * only when that key's answer changes. Ten thousand links that each read "am I the selected
 * place?" from one shared value would all run again on every selection; here two of them do.
 */
export class KeyedFlag<K> {
	#chosen = $state<K | null>(null);
	/**
	 * Made up front: a reader that made its own key's state would not be woken by it (Svelte does
	 * not track state made by the reaction that reads it).
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- filled once here; each value is a state of its own
	readonly #flags = new Map<K, { on: boolean }>();

	constructor(keys: Iterable<K>, chosen: K | null = null) {
		this.#chosen = chosen;
		for (const key of keys) {
			const flag = $state({ on: key === chosen });
			this.#flags.set(key, flag);
		}
	}

	get value(): K | null {
		return this.#chosen;
	}

	set value(key: K | null) {
		const before = untrack(() => this.#chosen);
		if (key === before) return;
		this.#chosen = key;
		const unset = before === null ? undefined : this.#flags.get(before);
		if (unset) unset.on = false;
		const set = key === null ? undefined : this.#flags.get(key);
		if (set) set.on = true;
	}

	/** Whether `key` is the chosen one; a key outside the set reads the chosen value itself. */
	is(key: K): boolean {
		const flag = this.#flags.get(key);
		return flag ? flag.on : this.#chosen === key;
	}
}

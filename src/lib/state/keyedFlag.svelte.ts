import { untrack } from 'svelte';
import { KeyedValues } from './keyedValues.svelte';

/**
 * Which one of a set of keys, if any, is chosen, readable per key: `is(key)` wakes its readers
 * only when that key's answer changes. Ten thousand links that each read "am I the selected
 * place?" from one shared value would all run again on every selection; here two of them do.
 */
export class KeyedFlag<K> {
	#chosen = $state<K | null>(null);
	readonly #flags: KeyedValues<K, boolean>;

	constructor(keys: Iterable<K>, chosen: K | null = null) {
		this.#chosen = chosen;
		this.#flags = new KeyedValues(keys, (key) => key === chosen);
	}

	get value(): K | null {
		return this.#chosen;
	}

	set value(key: K | null) {
		const before = untrack(() => this.#chosen);
		if (key === before) return;
		this.#chosen = key;
		if (before !== null) this.#flags.set(before, false);
		if (key !== null) this.#flags.set(key, true);
	}

	/** Whether `key` is the chosen one; a key outside the set reads the chosen value itself. */
	is(key: K): boolean {
		return this.#flags.has(key) ? this.#flags.get(key)! : this.#chosen === key;
	}
}

/** One key's value: `shown` is the state its readers track, `known` the same value read untracked. */
class Cell<V> {
	shown = $state.raw() as V;
	known: V;
	constructor(value: V) {
		this.shown = this.known = value;
	}
}

/**
 * One value per key, each a state of its own: `get(key)` wakes its readers only when that key's
 * value changes. Ten thousand links that each asked "do I match?" of one shared set would all run
 * again whenever the set is remade; here only the links whose answer changed do.
 */
export class KeyedValues<K, V> {
	/**
	 * Made up front: a reader that made its own key's state would not be woken by it (Svelte does
	 * not track state made by the reaction that reads it).
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- filled once here; each value is a state of its own
	readonly #cells = new Map<K, Cell<V>>();

	constructor(keys: Iterable<K>, valueOf: (key: K) => V) {
		for (const key of keys) this.#cells.set(key, new Cell(valueOf(key)));
	}

	has(key: K): boolean {
		return this.#cells.has(key);
	}

	/** The key's value; undefined for a key outside the set. */
	get(key: K): V | undefined {
		return this.#cells.get(key)?.shown;
	}

	/** Sets one key's value, waking its readers only if it changed. Keys outside the set are ignored. */
	set(key: K, value: V): void {
		const cell = this.#cells.get(key);
		if (cell) this.#write(cell, value);
	}

	/** Sets every key's value, from `valueOf`. */
	setAll(valueOf: (key: K) => V): void {
		for (const [key, cell] of this.#cells) this.#write(cell, valueOf(key));
	}

	#write(cell: Cell<V>, value: V): void {
		if (!Object.is(cell.known, value)) cell.shown = cell.known = value;
	}

	/**
	 * Keeps every key's value up to date with `valuesNow()`, which reads the states the values are
	 * made from and returns the function of a key that makes them. It runs again whenever one of
	 * those states changes. Call it while a component initialises: the values are written before
	 * the DOM updates, in the same flush, and the readers of unchanged values are not woken.
	 */
	follow(valuesNow: () => (key: K) => V): void {
		$effect.pre(() => this.setAll(valuesNow()));
	}
}

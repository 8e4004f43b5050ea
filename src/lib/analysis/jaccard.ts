/**
 * Jaccard index of two sets: the size of their intersection over the size of their union,
 * from 0 (nothing in common) to 1 (the same set). Two empty sets score 0: nothing is shared.
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	let shared = 0;
	for (const item of a) if (b.has(item)) shared += 1;
	return jaccardOf(shared, a.size, b.size);
}

/** The Jaccard index of two sets of sizes `a` and `b` that have `shared` items in common. */
export function jaccardOf(shared: number, a: number, b: number): number {
	const union = a + b - shared;
	return union === 0 ? 0 : shared / union;
}

/** The items of `a` that are also in `b`, in the order of `a`. */
export function intersection(a: Iterable<string>, b: ReadonlySet<string>): string[] {
	return [...a].filter((item) => b.has(item));
}

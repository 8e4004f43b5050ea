/**
 * Runs `each` over `items`, `size` at a time: the first slice now, each next one in a task of its
 * own, so that input and frames get through in between. Returns a function that stops the rest.
 */
export function inSlices<T>(
	items: readonly T[],
	size: number,
	each: (item: T) => void
): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const run = (from: number) => {
		const to = Math.min(items.length, from + size);
		for (let i = from; i < to; i++) each(items[i]!);
		timer = to < items.length ? setTimeout(() => run(to)) : undefined;
	};
	run(0);
	return () => clearTimeout(timer);
}

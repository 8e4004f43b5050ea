/** Levenshtein distance, small strings only (ids and column names). */
export function editDistance(a: string, b: string): number {
	const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = prev[0]!;
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = prev[j]!;
			prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return prev[b.length]!;
}

/** The closest known value, if it is close enough to be a likely typo. */
export function closest(value: string, known: Iterable<string>): string | undefined {
	const needle = value.toLowerCase();
	const limit = Math.max(2, Math.floor(needle.length / 3));
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of known) {
		if (Math.abs(candidate.length - needle.length) > limit) continue;
		const d = editDistance(needle, candidate.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return bestDistance <= limit ? best : undefined;
}

export function didYouMean(value: string, known: Iterable<string>): string | undefined {
	const match = closest(value, known);
	return match ? `did you mean "${match}"?` : undefined;
}

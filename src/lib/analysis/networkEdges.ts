import { intersection } from './jaccard';

export interface ThemeEdge {
	source: string;
	target: string;
	/** Themes both places work on; the edge's weight is their number. */
	shared: string[];
}

/**
 * Pairs of places that share at least `minShared` themes (and at least one), each pair once, with
 * `source` before `target` in the order of `ids`. Quadratic in the number of places: the network is
 * drawn only for a readable number of them.
 */
export function themeEdges(
	ids: readonly string[],
	themesOf: (id: string) => ReadonlySet<string>,
	minShared = 1
): ThemeEdge[] {
	const edges: ThemeEdge[] = [];
	const threshold = Math.max(1, minShared);
	for (let i = 0; i < ids.length; i += 1)
		for (let j = i + 1; j < ids.length; j += 1) {
			const shared = intersection(themesOf(ids[i]!), themesOf(ids[j]!));
			if (shared.length >= threshold) edges.push({ source: ids[i]!, target: ids[j]!, shared });
		}
	return edges;
}

/** The largest number of themes any two of the places share (0 when none share any). */
export function maxShared(edges: readonly ThemeEdge[]): number {
	return edges.reduce((max, edge) => Math.max(max, edge.shared.length), 0);
}

/**
 * A threshold that keeps the network readable: the smallest number of shared themes at which
 * there are at most `perNode` edges per place on average (1 when there are no edges).
 */
export function readableThreshold(
	edges: readonly ThemeEdge[],
	nodeCount: number,
	perNode = 2
): number {
	const budget = Math.max(1, nodeCount * perNode);
	for (let threshold = 1; threshold <= maxShared(edges); threshold += 1)
		if (edges.filter((e) => e.shared.length >= threshold).length <= budget) return threshold;
	return Math.max(1, maxShared(edges));
}

/** Number of edges at each place. */
export function edgeDegrees(edges: readonly ThemeEdge[]): Map<string, number> {
	const degrees = new Map<string, number>();
	for (const edge of edges)
		for (const id of [edge.source, edge.target]) degrees.set(id, (degrees.get(id) ?? 0) + 1);
	return degrees;
}

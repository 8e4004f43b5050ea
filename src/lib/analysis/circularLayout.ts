import type { RegionId } from '$lib/data/types';
import { REGIONS } from '$lib/data/types';
import { byCodeUnits } from './byCodeUnits';

export interface NodePosition {
	x: number;
	y: number;
	/** Angle in radians, 0 pointing right, growing clockwise on screen; the top is −π/2. */
	angle: number;
}

/**
 * Places on a unit circle, grouped by region (in the source's order) and by id within a region,
 * with one empty slot after each region, the first place at the top. Positions depend only on the places'
 * ids and regions: never on edges, filters, language or the previous render, so the network keeps
 * its shape whatever the reader changes.
 */
export function circularLayout(
	places: readonly { id: string; region: RegionId }[]
): Map<string, NodePosition> {
	const sorted = [...places].sort(
		(a, b) => REGIONS.indexOf(a.region) - REGIONS.indexOf(b.region) || byCodeUnits(a.id, b.id)
	);
	const regionCount = new Set(sorted.map((p) => p.region)).size;
	const slots = sorted.length + (regionCount > 1 ? regionCount : 0);
	const positions = new Map<string, NodePosition>();
	let slot = 0;
	sorted.forEach((place, i) => {
		if (i > 0 && sorted[i - 1]!.region !== place.region) slot += 1;
		const angle = -Math.PI / 2 + (2 * Math.PI * slot) / Math.max(1, slots);
		positions.set(place.id, { x: Math.cos(angle), y: Math.sin(angle), angle });
		slot += 1;
	});
	return positions;
}

/** An SVG path from `a` to `b` bending towards the centre `c`, so chords do not hide each other. */
export function chordPath(
	a: { x: number; y: number },
	b: { x: number; y: number },
	c: { x: number; y: number },
	bend = 0.5
): string {
	const mx = (a.x + b.x) / 2;
	const my = (a.y + b.y) / 2;
	const qx = mx + (c.x - mx) * bend;
	const qy = my + (c.y - my) * bend;
	const r = (n: number) => Math.round(n * 10) / 10;
	return `M${r(a.x)},${r(a.y)}Q${r(qx)},${r(qy)} ${r(b.x)},${r(b.y)}`;
}

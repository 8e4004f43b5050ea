/** A place's symbol as drawn on screen: centre and half-width in pixels. */
export interface ScreenPlace {
	id: string;
	x: number;
	y: number;
	r: number;
}

/**
 * The place whose symbol is under a pointer at (x, y), or null. `slop` widens every symbol a little
 * so that a finger or a shaky hand still hits a small one; the symbol whose edge is nearest wins.
 */
export function hitPlace(
	places: Iterable<ScreenPlace>,
	x: number,
	y: number,
	slop = 4
): string | null {
	let best: string | null = null;
	let bestDistance = Infinity;
	for (const place of places) {
		const distance = Math.hypot(place.x - x, place.y - y) - place.r;
		if (distance <= slop && distance < bestDistance) [best, bestDistance] = [place.id, distance];
	}
	return best;
}

export type LabelSide = 'right' | 'left' | 'top' | 'bottom';

export interface PlacedLabel {
	side: LabelSide;
	/** Anchor point of the text and how the text hangs from it (SVG text-anchor and baseline). */
	x: number;
	y: number;
	anchor: 'start' | 'end' | 'middle';
	baseline: 'central' | 'auto' | 'hanging';
}

type Box = [x0: number, y0: number, x1: number, y1: number];
const overlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Greedy label placement for the SVG map: in the given order (most important first), each label
 * takes the first side of its symbol (right, left, above, below) where it overlaps no symbol and no
 * label already placed, and stays inside `area`; otherwise it is left out, as MapLibre does.
 */
export function placeLabels(
	places: readonly (ScreenPlace & { width: number; height: number })[],
	area: { width: number; height: number },
	{ gap = 3, max = 200 }: { gap?: number; max?: number } = {}
): Map<string, PlacedLabel> {
	const taken: Box[] = places.map((p) => [p.x - p.r, p.y - p.r, p.x + p.r, p.y + p.r]);
	const placed = new Map<string, PlacedLabel>();
	// At most `max` labels are tried (the most important): more would not be read, and each costs a
	// scan of the boxes taken.
	for (const p of places.slice(0, max)) {
		const { x, y, r, width: w, height: h } = p;
		const candidates: [PlacedLabel, Box][] = [
			[
				{ side: 'right', x: x + r + gap, y, anchor: 'start', baseline: 'central' },
				[x + r + gap, y - h / 2, x + r + gap + w, y + h / 2]
			],
			[
				{ side: 'left', x: x - r - gap, y, anchor: 'end', baseline: 'central' },
				[x - r - gap - w, y - h / 2, x - r - gap, y + h / 2]
			],
			[
				{ side: 'top', x, y: y - r - gap, anchor: 'middle', baseline: 'auto' },
				[x - w / 2, y - r - gap - h, x + w / 2, y - r - gap]
			],
			[
				{ side: 'bottom', x, y: y + r + gap, anchor: 'middle', baseline: 'hanging' },
				[x - w / 2, y + r + gap, x + w / 2, y + r + gap + h]
			]
		];
		for (const [label, box] of candidates) {
			const inside = box[0] >= 0 && box[1] >= 0 && box[2] <= area.width && box[3] <= area.height;
			if (!inside || taken.some((other) => overlap(box, other))) continue;
			taken.push(box);
			placed.set(p.id, label);
			break;
		}
	}
	return placed;
}

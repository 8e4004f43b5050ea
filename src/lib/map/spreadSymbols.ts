/** A symbol at its true position on screen, in pixels, with the radius it is drawn with. */
export interface ScreenSymbol {
	id: string;
	x: number;
	y: number;
	r: number;
}

export interface SpreadOptions {
	/** Clear space between two symbols, in pixels. */
	gap?: number;
	maxIterations?: number;
	/**
	 * Beyond this many symbols, nothing is spread: crowds that large cannot be spread legibly (they
	 * would need clustering), and the cost grows with the square of the crowd.
	 */
	maxSymbols?: number;
}

export const MAX_SPREAD_SYMBOLS = 500;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Moves overlapping symbols apart in screen space so that each stays visible and clickable on its
 * own (Grigny and Seine-Saint-Denis, 29 km apart, sit on the same pixel at world zoom). Symbols that
 * overlap nothing keep their place; the others move as little as they must, each pair pushing
 * apart along the line between their true positions, so the spread keeps the geography's layout
 * (Amsterdam stays north of Utrecht). Deterministic: the same input gives the same output.
 *
 * Returns the drawn position of every symbol, by id.
 */
export function spreadSymbols(
	symbols: readonly ScreenSymbol[],
	{ gap = 2, maxIterations = 200, maxSymbols = MAX_SPREAD_SYMBOLS }: SpreadOptions = {}
): Map<string, { x: number; y: number }> {
	if (symbols.length > maxSymbols) return new Map(symbols.map((s) => [s.id, { x: s.x, y: s.y }]));
	const items = symbols.map((s, index) => ({ ...s, index, px: s.x, py: s.y }));
	const maxR = items.reduce((max, s) => Math.max(max, s.r), 0);
	for (let iteration = 0; iteration < maxIterations; iteration++) {
		// Sweep along x: only symbols closer than two radii in x can overlap.
		items.sort((a, b) => a.px - b.px || a.index - b.index);
		let moved = false;
		for (let i = 0; i < items.length; i++) {
			const a = items[i]!;
			for (let j = i + 1; j < items.length; j++) {
				const b = items[j]!;
				const reach = a.r + b.r + gap;
				if (b.px - a.px >= reach) {
					if (b.px - a.px >= 2 * maxR + gap) break;
					continue;
				}
				let dx = b.px - a.px;
				let dy = b.py - a.py;
				let distance = Math.hypot(dx, dy);
				if (distance >= reach - 1e-6) continue;
				if (distance < 1e-6) {
					// Same drawn spot: push along the line between the true positions, or, for one
					// and the same point, along an angle that depends only on the input order.
					[dx, dy] = [b.x - a.x, b.y - a.y];
					distance = Math.hypot(dx, dy);
					if (distance < 1e-6) {
						const angle = Math.max(a.index, b.index) * GOLDEN_ANGLE;
						[dx, dy, distance] = [Math.cos(angle), Math.sin(angle), 1];
						if (b.index < a.index) [dx, dy] = [-dx, -dy];
					}
				}
				// A hair more than needed so that floating-point rounding cannot leave a sliver.
				const push = (reach - Math.hypot(b.px - a.px, b.py - a.py)) / 2 + 1e-3;
				const [ux, uy] = [dx / distance, dy / distance];
				a.px -= ux * push;
				a.py -= uy * push;
				b.px += ux * push;
				b.py += uy * push;
				moved = true;
			}
		}
		if (!moved) break;
	}
	return new Map(items.map((s) => [s.id, { x: s.px, y: s.py }]));
}

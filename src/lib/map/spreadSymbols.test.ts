import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadSymbols, type ScreenSymbol } from './spreadSymbols';

function overlaps(
	symbols: readonly ScreenSymbol[],
	spread: Map<string, { x: number; y: number }>,
	gap: number
) {
	const found: string[] = [];
	for (let i = 0; i < symbols.length; i++)
		for (let j = i + 1; j < symbols.length; j++) {
			const [a, b] = [symbols[i]!, symbols[j]!];
			const [pa, pb] = [spread.get(a.id)!, spread.get(b.id)!];
			if (Math.hypot(pa.x - pb.x, pa.y - pb.y) < a.r + b.r + gap - 1e-6)
				found.push(`${a.id}/${b.id}`);
		}
	return found;
}

describe('spreadSymbols', () => {
	it('leaves symbols that overlap nothing where they are', () => {
		const symbols = [
			{ id: 'a', x: 0, y: 0, r: 5 },
			{ id: 'b', x: 100, y: 0, r: 5 },
			{ id: 'c', x: 0, y: 12, r: 5 }
		];
		const spread = spreadSymbols(symbols, { gap: 2 });
		for (const s of symbols) expect(spread.get(s.id)).toEqual({ x: s.x, y: s.y });
	});

	it('pulls apart two places 2 px apart (Seine-Saint-Denis and Grigny at world zoom) along the line between them', () => {
		const symbols = [
			{ id: 'seine-saint-denis', x: 500, y: 300, r: 10 },
			{ id: 'grigny', x: 499.8, y: 302, r: 7 }
		];
		const spread = spreadSymbols(symbols, { gap: 2 });
		const [ssd, grigny] = [spread.get('seine-saint-denis')!, spread.get('grigny')!];
		expect(Math.hypot(ssd.x - grigny.x, ssd.y - grigny.y)).toBeGreaterThanOrEqual(19 - 1e-6);
		expect(Math.hypot(ssd.x - grigny.x, ssd.y - grigny.y)).toBeLessThan(19.1);
		// Grigny, south of Seine-Saint-Denis, stays south of it; the pair stays centred where it was.
		expect(grigny.y).toBeGreaterThan(ssd.y);
		expect((ssd.y + grigny.y) / 2).toBeCloseTo(301, 5);
	});

	it('separates places drawn on the very same spot, deterministically', () => {
		const symbols = [0, 1, 2, 3].map((i) => ({ id: `p${i}`, x: 50, y: 50, r: 6 }));
		const first = spreadSymbols(symbols);
		expect(overlaps(symbols, first, 2)).toEqual([]);
		expect(spreadSymbols(symbols)).toEqual(first);
	});

	it('spreads the European cluster without overlap and keeps Amsterdam north of Utrecht and Lyon south of Paris', () => {
		const symbols = [
			{ id: 'amsterdam', x: 400, y: 200, r: 9 },
			{ id: 'utrecht', x: 401, y: 202, r: 12 },
			{ id: 'seine-saint-denis', x: 398, y: 212, r: 10 },
			{ id: 'grigny', x: 398, y: 214, r: 9 },
			{ id: 'lyon', x: 398, y: 228, r: 11 },
			{ id: 'vienna', x: 420, y: 215, r: 9 }
		];
		const spread = spreadSymbols(symbols, { gap: 2 });
		expect(overlaps(symbols, spread, 2)).toEqual([]);
		expect(spread.get('amsterdam')!.y).toBeLessThan(spread.get('utrecht')!.y);
		expect(spread.get('lyon')!.y).toBeGreaterThan(spread.get('grigny')!.y);
		for (const s of symbols) {
			const p = spread.get(s.id)!;
			expect(Math.hypot(p.x - s.x, p.y - s.y)).toBeLessThan(60);
		}
	});

	it('leaves a crowd too large to spread where it is', () => {
		const crowd = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, x: 10, y: 10, r: 5 }));
		const spread = spreadSymbols(crowd, { maxSymbols: 20 });
		for (const s of crowd) expect(spread.get(s.id)).toEqual({ x: 10, y: 10 });
	});

	it('never leaves two symbols overlapping', () => {
		const symbol = fc.record({
			x: fc.double({ min: 0, max: 200, noNaN: true }),
			y: fc.double({ min: 0, max: 200, noNaN: true }),
			r: fc.double({ min: 3, max: 15, noNaN: true })
		});
		fc.assert(
			fc.property(fc.array(symbol, { maxLength: 40 }), (raw) => {
				const symbols = raw.map((s, i) => ({ ...s, id: `s${i}` }));
				const spread = spreadSymbols(symbols, { gap: 1, maxIterations: 2000 });
				expect(spread.size).toBe(symbols.length);
				expect(overlaps(symbols, spread, 1)).toEqual([]);
			}),
			{ seed: 20250701, numRuns: 200 }
		);
	});
});

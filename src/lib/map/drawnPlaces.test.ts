import { describe, expect, it } from 'vitest';
import { indexAtlas } from '$lib/data/atlas';
import { readDataDir } from '$lib/server/dataDir';
import { drawPlaces } from './drawnPlaces';
import { placeSymbols } from './placeFeatures';
import { PRERENDER_SCALE, mercatorFrame, pixelProjection } from './svgProjection';
import { initialBounds } from './initialView';
import { IDENTITY } from './svgZoom';

describe('drawPlaces', () => {
	it('spreads more places apart the smaller the map is drawn, each keeping its true position', async () => {
		const { data } = await readDataDir('data');
		const atlas = indexAtlas(data!);
		const symbols = placeSymbols(atlas);
		const frame = mercatorFrame(initialBounds(atlas.places));
		const drawnAt = (scale: number) => drawPlaces(symbols, pixelProjection(frame, scale, IDENTITY));
		const [narrow, wide] = [drawnAt(PRERENDER_SCALE.narrow), drawnAt(PRERENDER_SCALE.wide)];
		const movedIn = (drawn: typeof narrow) => drawn.filter((p) => p.moved).length;
		expect(movedIn(narrow)).toBeGreaterThan(movedIn(wide));
		for (const drawn of [narrow, wide]) {
			expect(drawn.map((p) => p.symbol.id)).toEqual(symbols.map((s) => s.id));
			for (const place of drawn) {
				expect(place.moved).toBe(place.x !== place.ax || place.y !== place.ay);
				for (const at of [place.x, place.y, place.ax, place.ay])
					expect(Number.isFinite(at)).toBe(true);
			}
		}
		// The true position scales with the map; Mexico City, alone, stays on it.
		const mexicoAt = (drawn: typeof narrow) => drawn.find((p) => p.symbol.id === 'mexico-city')!;
		expect(mexicoAt(narrow).moved).toBe(false);
		expect(mexicoAt(wide).ax / mexicoAt(narrow).ax).toBeCloseTo(
			PRERENDER_SCALE.wide / PRERENDER_SCALE.narrow
		);
	});
});

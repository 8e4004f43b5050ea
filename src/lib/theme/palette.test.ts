import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGION_COLORS } from '$lib/panels/regionColors';
import { contrast } from './contrast';
import { DARK_PALETTE, LIGHT_PALETTE } from './palette';

const css = readFileSync('src/app.css', 'utf8');
/** `--name: light-dark(#light, #dark)` of app.css. */
function cssPair(name: string): [string, string] {
	const match = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`, 'i').exec(
		css
	);
	if (!match) throw new Error(`--${name} not found in app.css`);
	return [match[1]!, match[2]!];
}

describe.each([
	['light', LIGHT_PALETTE],
	['dark', DARK_PALETTE]
] as const)('%s palette', (name, palette) => {
	it('text, muted text and links read at 4.5:1 at least on the page background', () => {
		expect(contrast(palette.text, palette.background)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(palette.muted, palette.background)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(palette.accent, palette.background)).toBeGreaterThanOrEqual(4.5);
	});

	it('place dots stand out 3:1 from land and sea, or their outline does', () => {
		for (const ground of [palette.land, palette.water])
			expect(
				Math.max(contrast(palette.place, ground), contrast(palette.placeOutline, ground)),
				ground
			).toBeGreaterThanOrEqual(3);
		expect(contrast(palette.place, palette.land)).toBeGreaterThanOrEqual(3);
	});

	it('the selected outline stands out 3:1 from the land around it (and is thicker)', () => {
		expect(contrast(palette.selectedOutline, palette.land)).toBeGreaterThanOrEqual(3);
	});

	it('region marks (outlined in the text colour) reach 3:1 against the page or their outline', () => {
		for (const [region, color] of Object.entries(REGION_COLORS))
			expect(
				Math.max(contrast(color, palette.background), contrast(color, palette.text)),
				region
			).toBeGreaterThanOrEqual(3);
	});

	it('app.css holds the same colours', () => {
		const index = name === 'light' ? 0 : 1;
		for (const [variable, key] of [
			['bg', 'background'],
			['text', 'text'],
			['muted', 'muted'],
			['accent', 'accent'],
			['water', 'water'],
			['land', 'land'],
			['border', 'border'],
			['place', 'place'],
			['place-outline', 'placeOutline'],
			['selected-outline', 'selectedOutline']
		] as const)
			expect(cssPair(variable)[index], variable).toBe(palette[key]);
	});
});

describe('contrast', () => {
	it.each([
		['#000000', '#ffffff', 21],
		['#ffffff', '#ffffff', 1],
		['#777777', '#ffffff', 4.48]
	])('%s on %s → %s', (a, b, ratio) => {
		expect(contrast(a, b)).toBeCloseTo(ratio, 1);
	});
});

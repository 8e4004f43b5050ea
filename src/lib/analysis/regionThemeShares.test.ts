import { describe, expect, it } from 'vitest';
import { filterAtlas, NO_FILTERS } from './filterAtlas';
import { byPlaceName } from './placeOrder';
import { regionThemeShares } from './regionThemeShares';
import { sampleAtlas } from './testing/sampleAtlas';

const byName = byPlaceName(sampleAtlas, 'en');
const placesByName = [...sampleAtlas.places].sort((a, b) => byName(a.id, b.id));
const THEMES = ['a', 'b', 'c', 'd'];
const cell = (shares: ReturnType<typeof regionThemeShares>, theme: string, region: string) =>
	shares.rows.find((r) => r.theme === theme)!.cells.find((c) => c.region === region)!;

describe('regionThemeShares', () => {
	const all = filterAtlas(sampleAtlas, NO_FILTERS, 'en');
	const shares = regionThemeShares(placesByName, THEMES, all.themesByPlace);

	it('has one column per region with places, in the source’s order, with its size', () => {
		expect(shares.columns).toEqual([
			{ region: 'africa', total: 1 },
			{ region: 'latin-america', total: 2 },
			{ region: 'europe', total: 3 }
		]);
	});

	it.each([
		['a', 'europe', ['alpha', 'beta'], 2 / 3],
		['a', 'latin-america', ['gamma'], 1 / 2],
		['a', 'africa', [], 0],
		['d', 'africa', ['delta'], 1],
		['c', 'latin-america', ['sao-paulo'], 1 / 2],
		['c', 'europe', ['alpha'], 1 / 3]
	])('theme %s in %s: %j', (theme, region, places, share) => {
		const c = cell(shares, theme, region);
		expect(c.places).toEqual(places);
		expect(c.count).toBe(places.length);
		expect(c.share).toBeCloseTo(share, 10);
	});

	it('counts filtered places over the whole region', () => {
		const women = filterAtlas(sampleAtlas, { ...NO_FILTERS, groups: ['women'] }, 'en');
		const filtered = regionThemeShares(placesByName, THEMES, women.themesByPlace);
		expect(cell(filtered, 'a', 'europe')).toMatchObject({ places: ['alpha'], count: 1, total: 3 });
		expect(cell(filtered, 'c', 'europe')).toMatchObject({ places: [], count: 0, total: 3 });
	});

	it('lists a cell’s places in the order it is given them', () => {
		const reversed = regionThemeShares([...placesByName].reverse(), THEMES, all.themesByPlace);
		expect(cell(reversed, 'a', 'europe').places).toEqual(['beta', 'alpha']);
		expect(reversed.columns).toEqual(shares.columns);
	});

	it('keeps only the chosen regions', () => {
		const only = regionThemeShares(placesByName, THEMES, all.themesByPlace, [
			'africa',
			'middle-east-western-asia'
		]);
		expect(only.columns).toEqual([{ region: 'africa', total: 1 }]);
		expect(only.rows.map((r) => r.cells.map((c) => c.count))).toEqual([[0], [0], [0], [1]]);
	});
});

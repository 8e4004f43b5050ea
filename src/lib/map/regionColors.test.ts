import { describe, expect, it } from 'vitest';
import { REGIONS } from '$lib/data/types';
import { REGION_COLORS, UNKNOWN_REGION_COLOR, regionColor } from './regionColors';

const OKABE_ITO = [
	'#E69F00',
	'#56B4E9',
	'#009E73',
	'#F0E442',
	'#0072B2',
	'#D55E00',
	'#CC79A7',
	'#000000'
];

describe('regionColor', () => {
	it('gives every region of the data model its own Okabe–Ito colour', () => {
		const colors = REGIONS.map((region) => regionColor(region));
		expect(new Set(colors).size).toBe(REGIONS.length);
		for (const color of colors) expect(OKABE_ITO).toContain(color);
	});

	it.each([
		['europe', REGION_COLORS.europe],
		['africa', REGION_COLORS.africa],
		['asia-pacific', UNKNOWN_REGION_COLOR],
		['', UNKNOWN_REGION_COLOR]
	])('%s → %s', (region, color) => {
		expect(regionColor(region)).toBe(color);
	});
});

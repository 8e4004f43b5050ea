import { describe, expect, it } from 'vitest';
import { parseViewParams, viewParamsToSearch, type ViewParams } from './viewParams';

describe('parseViewParams', () => {
	const cases: [string, ViewParams][] = [
		['', { place: null, lang: null }],
		['place=utrecht', { place: 'utrecht', lang: null }],
		['place=sao-paulo&lang=es', { place: 'sao-paulo', lang: 'es' }],
		['lang=fr', { place: null, lang: 'fr' }],
		['lang=de', { place: null, lang: null }],
		['lang=FR', { place: null, lang: null }],
		['place=Utrecht', { place: null, lang: null }],
		['place=utrecht%2F..', { place: null, lang: null }],
		['place=%3Cscript%3E', { place: null, lang: null }],
		[`place=${'a'.repeat(65)}`, { place: null, lang: null }],
		['place=', { place: null, lang: null }]
	];
	for (const [query, expected] of cases)
		it(`"${query.slice(0, 40)}"`, () => {
			expect(parseViewParams(new URLSearchParams(query))).toEqual(expected);
		});
});

describe('viewParamsToSearch', () => {
	it('writes the place, and round-trips', () => {
		expect(viewParamsToSearch({ place: null }).toString()).toBe('');
		const search = viewParamsToSearch({ place: 'seine-saint-denis' });
		expect(search.toString()).toBe('place=seine-saint-denis');
		expect(parseViewParams(search).place).toBe('seine-saint-denis');
	});
});

import { describe, expect, it, vi } from 'vitest';
import { byPlaceName, nameOrderOf, useNameOrder } from './placeOrder';
import { makeAtlas } from './testing/makeAtlas';

describe('byPlaceName', () => {
	const atlas = makeAtlas({
		themes: [],
		places: [
			{ id: 'mexico-city', name: { en: 'Mexico City', es: 'Ciudad de México' } },
			{ id: 'sao-paulo', name: 'São Paulo' },
			{ id: 'lyon', name: 'Lyon' },
			{ id: 'berlin', name: 'Berlin' },
			{ id: 'twin-b', name: 'Twin' },
			{ id: 'twin-a', name: 'Twin' }
		]
	});
	const ids = atlas.places.map((p) => p.id);

	it.each([
		['en', ['berlin', 'lyon', 'mexico-city', 'sao-paulo', 'twin-a', 'twin-b']],
		['es', ['berlin', 'mexico-city', 'lyon', 'sao-paulo', 'twin-a', 'twin-b']]
	] as const)('orders by name in %s, accents ignored, equal names by id', (lang, expected) => {
		expect([...ids].sort(byPlaceName(atlas, lang))).toEqual(expected);
	});
});

describe('name orders made beforehand', () => {
	const places = [
		{ id: 'lyon', name: 'Lyon' },
		{ id: 'mexico-city', name: { en: 'Mexico City', es: 'Ciudad de México' } },
		{ id: 'amsterdam', name: 'Amsterdam' }
	];

	it('lists the places in name order in every language', () => {
		expect(nameOrderOf(makeAtlas({ themes: [], places }), ['en', 'es'])).toEqual({
			en: ['amsterdam', 'lyon', 'mexico-city'],
			es: ['amsterdam', 'mexico-city', 'lyon']
		});
	});

	it('sorts by an order given beforehand, without a collator', () => {
		const atlas = makeAtlas({ themes: [], places });
		const collators = vi.spyOn(Intl, 'Collator');
		useNameOrder(atlas, { fr: ['mexico-city', 'amsterdam', 'lyon'] });
		expect(['lyon', 'amsterdam', 'mexico-city'].sort(byPlaceName(atlas, 'fr'))).toEqual([
			'mexico-city',
			'amsterdam',
			'lyon'
		]);
		expect(collators).not.toHaveBeenCalled();
		collators.mockRestore();
	});

	it('ignores an order that leaves a place out', () => {
		const atlas = makeAtlas({ themes: [], places });
		useNameOrder(atlas, { en: ['lyon', 'amsterdam'] });
		expect(['lyon', 'mexico-city', 'amsterdam'].sort(byPlaceName(atlas, 'en'))).toEqual([
			'amsterdam',
			'lyon',
			'mexico-city'
		]);
	});
});

import { describe, expect, it } from 'vitest';
import { byPlaceName } from './placeOrder';
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

import { describe, expect, it } from 'vitest';
import { indexAtlas } from '$lib/data/atlas';
import { translate } from '$lib/i18n';
import type { Lang } from '$lib/data/types';
import { readDataDir } from '$lib/server/dataDir';
import { placeAriaLabel, placeDetails } from './placeText';

const { data } = await readDataDir('data');
const atlas = indexAtlas(data!);
const view = (lang: Lang) => ({
	atlas,
	lang,
	t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
		translate(lang, key, params)
});

describe('placeDetails', () => {
	it('gives the name, country, number of practices and main themes in the reader’s language', () => {
		const { t } = view('fr');
		const vienna = placeDetails(atlas, 'vienna', 'fr', t)!;
		expect(vienna.name).toBe('Vienne');
		expect(vienna.country).toBe('Autriche');
		expect(vienna.practices).toBe(`${atlas.practicesByPlace.get('vienna')!.length} pratiques`);
		expect(vienna.themes.length).toBeGreaterThan(0);
		expect(vienna.themes.length).toBeLessThanOrEqual(3);
	});

	it('says “1 practice” for one', () => {
		const { t } = view('en');
		expect(placeDetails(atlas, 'jenin', 'en', t)!.practices).toBe('1 practice');
	});

	it('knows nothing of an unknown place', () => {
		expect(placeDetails(atlas, 'atlantis', 'en', view('en').t)).toBeNull();
	});
});

describe('placeAriaLabel', () => {
	it.each([
		['en', 'mexico-city', /^Mexico City, Mexico, \d+ practices$/],
		['es', 'mexico-city', /^Ciudad de México, México, \d+ prácticas$/],
		['fr', 'jenin', /^Jénine, Territoires palestiniens, 1 pratique$/]
	] as const)('%s %s', (lang, id, expected) => {
		expect(placeAriaLabel(view(lang), id)).toMatch(expected);
	});
});

import { describe, expect, it } from 'vitest';
import { addressNamesLang, preferredLang } from './preferredLang';

describe('preferredLang', () => {
	it.each([
		[['fr-FR', 'en'], 'fr'],
		[['es-419'], 'es'],
		[['de-DE', 'es-ES', 'fr'], 'es'],
		[['EN-gb'], 'en'],
		[['pt_BR', 'fr_CA'], 'fr'],
		[['de', 'it'], null],
		[[], null]
	])('%j → %s', (languages, expected) => {
		expect(preferredLang(languages)).toBe(expected);
	});
});

describe('addressNamesLang', () => {
	it.each([
		['/', '', '', false],
		['/place/utrecht', '?view=matrix', '', false],
		['/fr', '', '', true],
		['/es/place/quilmes', '', '', true],
		['/embed', '?lang=en', '', true],
		['/embed', '?place=jenin', '', false],
		['/maps/fr/', '', '/maps', true],
		['/maps/', '', '/maps', false],
		['/france', '', '', false]
	])('%s%s (base %s) → %s', (pathname, search, base, expected) => {
		expect(addressNamesLang({ pathname, search }, base)).toBe(expected);
	});
});

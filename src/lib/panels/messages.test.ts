import { describe, expect, it } from 'vitest';
import type { Lang } from '$lib/data/types';
import { translate, type Message, type PluralMessages } from '$lib/i18n';
import { m } from '$lib/paraglide/messages.js';
import {
	LINK_KIND_MESSAGES,
	PLACE_KIND_MESSAGES,
	QUALIFIER_MESSAGES,
	STATUS_MESSAGES
} from './enumMessages';
import { counted, REGION_MESSAGES } from './labels';

const LANGS = ['en', 'fr', 'es'] as const;

// Every key in every language with the same parameters: tests/unit/messages.test.ts. The tables
// below are typed by the values they name, so a missing value fails the type check.
describe('panels messages', () => {
	const tables: [string, Record<string, Message>][] = [
		['region', REGION_MESSAGES],
		['place kind', PLACE_KIND_MESSAGES],
		['status', STATUS_MESSAGES],
		['link kind', LINK_KIND_MESSAGES],
		['qualifier', QUALIFIER_MESSAGES]
	];
	it.each(tables)('every %s has a text in every language', (_name, table) => {
		for (const [value, message] of Object.entries(table))
			for (const lang of LANGS) {
				const text = translate(lang, message, { count: 2, value: 'V' });
				expect(text, `${lang} ${value}`).toMatch(/\S/);
				expect(text).not.toContain('{');
			}
	});

	it('the same value is named differently in each language', () => {
		const named = (lang: Lang) => translate(lang, REGION_MESSAGES['latin-america']);
		expect(new Set(LANGS.map(named)).size).toBe(3);
	});

	it('counts in each language’s plural forms', () => {
		const places: PluralMessages = { one: m.n_places_one, other: m.n_places_other };
		const count = (lang: Lang) =>
			[0, 1, 2].map((n) => counted((message, p) => translate(lang, message, p), lang, places, n));
		expect(count('en')).toEqual(['0 places', '1 place', '2 places']);
		expect(count('fr')).toEqual(['0 lieu', '1 lieu', '2 lieux']);
		expect(count('es')).toEqual(['0 lugares', '1 lugar', '2 lugares']);
	});

	it('writes a count as its language writes numbers', () => {
		const places: PluralMessages = { one: m.n_places_one, other: m.n_places_other };
		const count = (lang: Lang) =>
			counted((message, p) => translate(lang, message, p), lang, places, 12345);
		expect(count('en')).toBe('12,345 places');
		expect(count('fr')).toBe(`${new Intl.NumberFormat('fr').format(12345)} lieux`);
		expect(count('fr')).not.toBe('12345 lieux');
		expect(count('es')).toBe(`${new Intl.NumberFormat('es').format(12345)} lugares`);
	});
});

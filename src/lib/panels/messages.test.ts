import { describe, expect, it } from 'vitest';
import { MATCHES } from '$lib/analysis/filterAtlas';
import { MATRIX_SORTS } from '$lib/analysis/placeThemeMatrix';
import { EMBED_KEYS } from '$lib/embed/embedParams';
import { LINK_KINDS, QUALIFIERS } from '$lib/data/types';
import { translate, type MessageKey } from '$lib/i18n';
import { OVERVIEW_VIEWS, QUERY_KEYS } from '$lib/state/urlQuery';
import { enumKey } from './labels';

const LANGS = ['en', 'fr', 'es'] as const;

// Every key in every language with the same parameters: tests/unit/messages.test.ts.
describe('panels messages', () => {
	// Keys built from values at run time escape the type check of `view.t`: check them here.
	const dynamicKeys = [
		...[...QUERY_KEYS, ...EMBED_KEYS].map((k) => `address_key_${k}`),
		...MATCHES.map((m) => `match_${m}`),
		...MATRIX_SORTS.map((s) => `sort_${s}`),
		...OVERVIEW_VIEWS.map((v) => `view_${v}`),
		...QUALIFIERS.filter((q) => q !== 'exact').map((q) => enumKey('fact', q)),
		...LINK_KINDS.map((k) => enumKey('link_kind', k)),
		...['n_places', 'n_practices', 'n_matching_practices', 'n_shared', 'n_connections'].flatMap(
			(k) => [`${k}_one`, `${k}_other`]
		)
	];
	it.each(dynamicKeys)('compiles %s in every language', (key) => {
		for (const lang of LANGS) {
			const text = translate(lang, key as MessageKey, { count: 2, value: 'V' });
			expect(text, `${lang} ${key}`).toMatch(/\S/);
			expect(text).not.toBe(key);
		}
	});

	it('counts in each language’s plural forms', async () => {
		const { counted } = await import('./labels');
		const t =
			(lang: (typeof LANGS)[number]) => (key: MessageKey, p?: Record<string, string | number>) =>
				translate(lang, key, p);
		expect([0, 1, 2].map((n) => counted(t('en'), 'en', 'n_places', n))).toEqual([
			'0 places',
			'1 place',
			'2 places'
		]);
		expect([0, 1, 2].map((n) => counted(t('fr'), 'fr', 'n_places', n))).toEqual([
			'0 lieu',
			'1 lieu',
			'2 lieux'
		]);
		expect([0, 1, 2].map((n) => counted(t('es'), 'es', 'n_places', n))).toEqual([
			'0 lugares',
			'1 lugar',
			'2 lugares'
		]);
	});
});

import { describe, expect, it, vi } from 'vitest';
import { LANGS } from '$lib/data/types';
import { countryName, countryNamesOf, formatDate, formatNumber } from './format';

describe('format', () => {
	it.each([
		['2025-07-01', 'en', 'July 1, 2025'],
		['2025-07-01', 'fr', '1 juillet 2025'],
		['2025-07-01', 'es', '1 de julio de 2025']
	] as const)('formatDate(%s, %s)', (date, lang, expected) => {
		expect(formatDate(date, lang)).toBe(expected);
	});

	it('writes each date once per language, and keeps languages apart', () => {
		// `format` is a getter: each date written reads it once.
		const format = vi.spyOn(
			Intl.DateTimeFormat.prototype as unknown as { format: unknown },
			'format',
			'get'
		);
		try {
			const first = ['en', 'fr', 'en', 'fr'].map((lang) => formatDate('2024-02-29', lang as 'en'));
			expect(first).toEqual([
				'February 29, 2024',
				'29 février 2024',
				'February 29, 2024',
				'29 février 2024'
			]);
			expect(formatDate('2024-03-01', 'en')).toBe('March 1, 2024');
			expect(format).toHaveBeenCalledTimes(3);
		} finally {
			format.mockRestore();
		}
	});

	it.each([
		['PS', 'en', 'Palestinian Territories'],
		['KM', 'fr', 'Comores'],
		['MX', 'es', 'México']
	] as const)('countryName(%s, %s)', (code, lang, expected) => {
		expect(countryName(code, lang)).toBe(expected);
	});

	it('formats numbers per language', () => {
		expect(formatNumber(26000, 'en')).toBe('26,000');
		expect(formatNumber(26000, 'es')).toBe('26.000');
		expect(formatNumber(26000, 'fr').replace(/\s/g, ' ')).toBe('26 000');
	});

	it.each(LANGS)('writes whole numbers below 1,000 as Intl does, without it (%s)', (lang) => {
		const intl = new Intl.NumberFormat(lang);
		for (let n = 0; n < 1000; n++) expect(formatNumber(n, lang)).toBe(intl.format(n));
		for (const n of [1000, 1234.5, 0.5, -3]) expect(formatNumber(n, lang)).toBe(intl.format(n));
	});

	it('lists the names of the given countries in every language, once each', () => {
		expect(countryNamesOf(['KM', 'MX', 'KM'], ['fr', 'es'])).toEqual({
			fr: { KM: 'Comores', MX: 'Mexique' },
			es: { KM: 'Comoras', MX: 'México' }
		});
	});

	it('uses names given beforehand, without building Intl.DisplayNames', async () => {
		const Real = Intl.DisplayNames;
		let built = 0;
		const intl = Intl as { DisplayNames: typeof Real };
		intl.DisplayNames = class extends Real {
			constructor(...args: ConstructorParameters<typeof Real>) {
				super(...args);
				built++;
			}
		};
		try {
			vi.resetModules();
			const fresh = await import('./format');
			fresh.useCountryNames({ es: { MX: 'México (dado)' } });
			expect(fresh.countryName('MX', 'es')).toBe('México (dado)');
			expect(built).toBe(0);
			expect(fresh.countryName('KM', 'es')).toBe('Comoras');
			expect(built).toBe(1);
		} finally {
			intl.DisplayNames = Real;
		}
	});
});

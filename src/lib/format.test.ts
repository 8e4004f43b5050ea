import { describe, expect, it } from 'vitest';
import { countryName, formatDate, formatNumber } from './format';

describe('format', () => {
	it.each([
		['2025-07-01', 'en', 'July 1, 2025'],
		['2025-07-01', 'fr', '1 juillet 2025'],
		['2025-07-01', 'es', '1 de julio de 2025']
	] as const)('formatDate(%s, %s)', (date, lang, expected) => {
		expect(formatDate(date, lang)).toBe(expected);
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
});

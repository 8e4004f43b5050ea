import { describe, expect, it } from 'vitest';
import { foldText, searchTokens } from './foldText';

describe('foldText', () => {
	it.each([
		['São Paulo', 'sao paulo'],
		['SAO PAULO', 'sao paulo'],
		['Seine-Saint-Denis', 'seine saint denis'],
		['Jénine', 'jenine'],
		['Ciudad de México', 'ciudad de mexico'],
		['  Niñas  y   niños ', 'ninas y ninos'],
		['L’Observatoire', 'l observatoire'],
		['', '']
	])('%j → %j', (input, expected) => {
		expect(foldText(input)).toBe(expected);
	});
});

describe('searchTokens', () => {
	it.each([
		['sao paulo', ['sao', 'paulo']],
		['  São   PAULO ', ['sao', 'paulo']],
		['--- ', []],
		['', []]
	])('%j → %j', (input, expected) => {
		expect(searchTokens(input)).toEqual(expected);
	});
});

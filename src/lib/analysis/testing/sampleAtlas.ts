import { makeAtlas } from './makeAtlas';

/**
 * A small atlas with known answers, shared by the analysis tests.
 *
 * | place     | region        | practices (themes; groups)        | themes  |
 * |-----------|---------------|-----------------------------------|---------|
 * | alpha     | europe        | alpha-1 (a, b; women), alpha-2 (c) | a b c  |
 * | beta      | europe        | beta-1 (a), beta-2 (b; migrants)   | a b    |
 * | gamma     | latin-america | gamma-1 (a, b; women)              | a b    |
 * | delta     | africa        | delta-1 (d)                        | d      |
 * | sao-paulo | latin-america | sao-paulo-1 (c) "School meals"     | c      |
 * | empty     | europe        | none                               |        |
 *
 * Alpha ties with Beta and Gamma; Delta, alone in Africa, shares no theme with anyone.
 */
export const sampleAtlas = makeAtlas({
	themes: ['a', 'b', 'c', 'd'],
	groups: ['women', 'migrants'],
	places: [
		{ id: 'alpha', region: 'europe' },
		{ id: 'beta', region: 'europe' },
		{ id: 'gamma', region: 'latin-america' },
		{ id: 'delta', region: 'africa' },
		{ id: 'sao-paulo', region: 'latin-america', name: 'São Paulo', country: 'BR' },
		{ id: 'empty', region: 'europe', name: 'Empty Town' }
	],
	practices: [
		{ id: 'alpha-1', place: 'alpha', themes: ['a', 'b'], groups: ['women'] },
		{ id: 'alpha-2', place: 'alpha', themes: ['c'] },
		{ id: 'beta-1', place: 'beta', themes: ['a'] },
		{ id: 'beta-2', place: 'beta', themes: ['b'], groups: ['migrants'] },
		{ id: 'gamma-1', place: 'gamma', themes: ['a', 'b'], groups: ['women'] },
		{ id: 'delta-1', place: 'delta', themes: ['d'] },
		{
			id: 'sao-paulo-1',
			place: 'sao-paulo',
			themes: ['c'],
			title: { en: 'School meals', fr: 'Repas scolaires' },
			summary: { en: 'More than 26,000 meals a day.', fr: 'Plus de 26 000 repas par jour.' }
		}
	]
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '$lib/data/types';
import {
	defaultQuery,
	MAX_SEARCH_LENGTH,
	continuesSearch,
	OVERVIEW_VIEWS,
	parseQuery,
	QUERY_KEYS,
	serialiseQuery,
	type QueryDefaults,
	type ViewQuery,
	type Vocabulary
} from './urlQuery';

const vocabulary: Vocabulary = {
	places: new Set(['utrecht', 'sao-paulo', 'jenin']),
	themes: ['finance-care', 'gender', 'monitoring'],
	groups: ['women', 'migrants']
};
const home: QueryDefaults = { place: null, lang: 'en' };

/** A sub-list of `items` in their order: the only lists a valid view holds. */
const subList = <T>(items: readonly T[]) => fc.subarray([...items]);

const validQuery = (defaults: QueryDefaults): fc.Arbitrary<ViewQuery> =>
	fc.record({
		place:
			defaults.place === null
				? fc.constantFrom(null, ...vocabulary.places)
				: fc.constant(defaults.place),
		themes: subList(vocabulary.themes),
		match: fc.constantFrom('any' as const, 'all' as const),
		regions: subList(REGIONS),
		groups: subList(vocabulary.groups),
		q: fc.string({ maxLength: MAX_SEARCH_LENGTH, unit: 'grapheme' }),
		view: fc.constantFrom(...OVERVIEW_VIEWS),
		lang: fc.constantFrom('en' as const, 'fr' as const, 'es' as const)
	});

const validDefaults: fc.Arbitrary<QueryDefaults> = fc.record({
	place: fc.constantFrom(null, ...vocabulary.places),
	lang: fc.constantFrom('en' as const, 'fr' as const, 'es' as const)
});

describe('serialiseQuery and parseQuery', () => {
	it('read back every valid view unchanged, with nothing dropped', () => {
		fc.assert(
			fc.property(
				validDefaults.chain((defaults) => fc.tuple(fc.constant(defaults), validQuery(defaults))),
				([defaults, query]) => {
					expect(parseQuery(serialiseQuery(query, defaults), vocabulary, defaults)).toEqual({
						query,
						dropped: []
					});
				}
			),
			{ numRuns: 500 }
		);
	});

	it('never throw on a search with a lone surrogate', () => {
		expect(serialiseQuery({ ...defaultQuery(home), q: 'a\uD800b' }, home)).toBe('q=a%EF%BF%BDb');
	});

	it('write the default view as an empty query', () => {
		expect(serialiseQuery(defaultQuery(home), home)).toBe('');
		expect(
			serialiseQuery(defaultQuery({ place: 'jenin', lang: 'fr' }), { place: 'jenin', lang: 'fr' })
		).toBe('');
	});

	it.each<[Partial<ViewQuery>, string]>([
		[{ place: 'utrecht' }, 'place=utrecht'],
		[{ themes: ['finance-care', 'gender'], match: 'all' }, 'themes=finance-care,gender&match=all'],
		[
			{ regions: ['latin-america', 'europe'], groups: ['women'] },
			'regions=latin-america,europe&groups=women'
		],
		[{ q: 'são paulo & co' }, 'q=s%C3%A3o%20paulo%20%26%20co'],
		[{ view: 'network', lang: 'es' }, 'view=network&lang=es']
	])('write %j as %s', (partial, expected) => {
		expect(serialiseQuery({ ...defaultQuery(home), ...partial }, home)).toBe(expected);
	});
});

describe('parseQuery', () => {
	it('never throws on any string, and gives a valid view', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), validDefaults, (search, defaults) => {
				const { query } = parseQuery(search, vocabulary, defaults);
				// Whatever came in, the view is one that serialises and reads back to itself.
				expect(parseQuery(serialiseQuery(query, defaults), vocabulary, defaults).query).toEqual(
					query
				);
			}),
			{ numRuns: 500 }
		);
	});

	it('never throws on random values of its own keys', () => {
		const key = fc.constantFrom(...QUERY_KEYS, 'other');
		fc.assert(
			fc.property(fc.array(fc.tuple(key, fc.string({ unit: 'binary' }))), (pairs) => {
				const search = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
				const { query, dropped } = parseQuery(search, vocabulary, home);
				expect(vocabulary.themes).toEqual(expect.arrayContaining(query.themes));
				expect(Array.isArray(dropped)).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('drops unknown and malformed values, and says which', () => {
		const { query, dropped } = parseQuery(
			'?place=paris&themes=gender,gendr,,monitoring&match=some&regions=europe,mars&groups=women&view=pie&lang=de&q=' +
				'x'.repeat(MAX_SEARCH_LENGTH + 1),
			vocabulary,
			home
		);
		expect(query).toEqual({
			...defaultQuery(home),
			themes: ['gender', 'monitoring'],
			regions: ['europe'],
			groups: ['women']
		});
		expect(dropped).toEqual([
			{ key: 'place', value: 'paris' },
			{ key: 'themes', value: 'gendr' },
			{ key: 'match', value: 'some' },
			{ key: 'regions', value: 'mars' },
			{ key: 'q', value: 'x'.repeat(MAX_SEARCH_LENGTH + 1) },
			{ key: 'view', value: 'pie' },
			{ key: 'lang', value: 'de' }
		]);
	});

	it('puts lists in vocabulary order without repeats, reads repeated keys and “+” as a space', () => {
		const { query, dropped } = parseQuery(
			'themes=monitoring&themes=gender,monitoring&q=sao+paulo',
			vocabulary,
			home
		);
		expect(query.themes).toEqual(['gender', 'monitoring']);
		expect(query.q).toBe('sao paulo');
		expect(dropped).toEqual([]);
	});

	it('keeps the path’s place and language unless the query says otherwise', () => {
		const path = { place: 'jenin', lang: 'fr' } as const;
		expect(parseQuery('', vocabulary, path).query).toMatchObject(path);
		expect(parseQuery('place=utrecht&lang=es', vocabulary, path).query).toMatchObject({
			place: 'utrecht',
			lang: 'es'
		});
	});

	it('keeps the first of two different values of a single key', () => {
		expect(parseQuery('view=matrix&view=network', vocabulary, home)).toEqual({
			query: { ...defaultQuery(home), view: 'matrix' },
			dropped: [{ key: 'view', value: 'network' }]
		});
	});
});

describe('continuesSearch', () => {
	const base = defaultQuery(home);
	it.each<[Partial<ViewQuery>, Partial<ViewQuery>, boolean]>([
		[{ q: 'a' }, { q: 'ab' }, true],
		[{ q: 'ab' }, { q: 'a' }, true],
		[{ q: '' }, { q: 'a' }, false],
		[{ q: 'a' }, { q: '' }, false],
		[{ q: 'a' }, { q: 'ab', view: 'matrix' }, false],
		[{ themes: ['gender'] }, { themes: [] }, false]
	])('%j → %j: %s', (a, b, expected) => {
		expect(continuesSearch({ ...base, ...a }, { ...base, ...b })).toBe(expected);
	});
});

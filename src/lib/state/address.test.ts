import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '$lib/data/types';
import { addressFor, queryFromAddress } from './address';
import { defaultQuery, OVERVIEW_VIEWS, type ViewQuery, type Vocabulary } from './urlQuery';

const vocabulary: Vocabulary = {
	places: new Set(['utrecht', 'jenin']),
	themes: ['gender', 'monitoring'],
	groups: ['women']
};
const split = (href: string) => {
	const url = new URL(href, 'http://127.0.0.1');
	return { pathname: url.pathname, search: url.search };
};

const validQuery: fc.Arbitrary<ViewQuery> = fc.record({
	place: fc.constantFrom(null, 'utrecht', 'jenin'),
	themes: fc.subarray([...vocabulary.themes]),
	match: fc.constantFrom('any' as const, 'all' as const),
	regions: fc.subarray([...REGIONS]),
	groups: fc.subarray([...vocabulary.groups]),
	q: fc.string({ maxLength: 40 }),
	view: fc.constantFrom(...OVERVIEW_VIEWS),
	lang: fc.constantFrom('en' as const, 'fr' as const, 'es' as const)
});

describe('addressFor and queryFromAddress', () => {
	it('give back the same view from any current page, under any base', () => {
		const current = fc.constantFrom(
			'/',
			'/fr',
			'/place/utrecht',
			'/es/place/jenin',
			'/embed',
			'/fr/embed'
		);
		fc.assert(
			fc.property(validQuery, current, fc.constantFrom('', '/maps'), (query, pathname, base) => {
				const href = addressFor(query, { pathname: base + pathname, search: '' }, base);
				expect(queryFromAddress(split(href), vocabulary, base)).toEqual({ query, dropped: [] });
			}),
			{ numRuns: 400 }
		);
	});

	it.each<[Partial<ViewQuery>, string, string]>([
		[{}, '/', '/'],
		[{ place: 'utrecht' }, '/', '/place/utrecht'],
		[
			{ place: 'utrecht', lang: 'fr', themes: ['gender'] },
			'/place/jenin',
			'/fr/place/utrecht?themes=gender'
		],
		[{ place: null, view: 'matrix' }, '/place/jenin', '/?view=matrix'],
		[{ place: 'jenin', lang: 'es' }, '/embed', '/embed?place=jenin&lang=es'],
		[{ lang: 'fr' }, '/fr/embed', '/fr/embed']
	])('%j seen from %s is %s', (partial, pathname, expected) => {
		expect(
			addressFor(
				{ ...defaultQuery({ place: null, lang: 'en' }), ...partial },
				{ pathname, search: '' }
			)
		).toBe(expected);
	});

	it('keeps query keys that are not the view’s', () => {
		const query = { ...defaultQuery({ place: null, lang: 'en' }), view: 'network' as const };
		expect(
			addressFor(query, { pathname: '/embed', search: '?view=matrix&panels=none&themes=x' })
		).toBe('/embed?view=network&panels=none');
	});

	it('ignores a place path that names no place', () => {
		expect(
			queryFromAddress({ pathname: '/place/paris', search: '' }, vocabulary).query.place
		).toBeNull();
	});
});

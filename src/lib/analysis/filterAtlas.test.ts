import { describe, expect, it } from 'vitest';
import { filterAtlas, hasFilters, NO_FILTERS, type Filters } from './filterAtlas';
import { makeAtlas } from './testing/makeAtlas';
import { sampleAtlas } from './testing/sampleAtlas';

const ALL_PLACES = ['alpha', 'beta', 'gamma', 'delta', 'sao-paulo', 'empty'];

describe('filterAtlas', () => {
	it.each<[string, Partial<Filters>, string[], string[]]>([
		[
			'no filter: every place, even one without practices',
			{},
			ALL_PLACES,
			sampleAtlas.practices.map((p) => p.id)
		],
		['one theme', { themes: ['a'] }, ['alpha', 'beta', 'gamma'], ['alpha-1', 'beta-1', 'gamma-1']],
		[
			'two themes, any',
			{ themes: ['a', 'c'] },
			['alpha', 'beta', 'gamma', 'sao-paulo'],
			['alpha-1', 'alpha-2', 'beta-1', 'gamma-1', 'sao-paulo-1']
		],
		[
			'two themes, all: only a place covering both',
			{ themes: ['a', 'c'], match: 'all' },
			['alpha'],
			['alpha-1', 'alpha-2']
		],
		['all with one theme is any', { themes: ['d'], match: 'all' }, ['delta'], ['delta-1']],
		['a group', { groups: ['women'] }, ['alpha', 'gamma'], ['alpha-1', 'gamma-1']],
		[
			'a region keeps places without practices',
			{ regions: ['europe'] },
			['alpha', 'beta', 'empty'],
			['alpha-1', 'alpha-2', 'beta-1', 'beta-2']
		],
		['the region with one place', { regions: ['africa'] }, ['delta'], ['delta-1']],
		['theme and region', { themes: ['a'], regions: ['latin-america'] }, ['gamma'], ['gamma-1']],
		['theme and group', { themes: ['b'], groups: ['migrants'] }, ['beta'], ['beta-2']],
		[
			'search without accents finds the accented name',
			{ q: 'sao paulo' },
			['sao-paulo'],
			['sao-paulo-1']
		],
		['search ignores case and punctuation', { q: '  SÃO-paulo!' }, ['sao-paulo'], ['sao-paulo-1']],
		['search in titles', { q: 'school' }, ['sao-paulo'], ['sao-paulo-1']],
		['search in summaries', { q: '26,000' }, ['sao-paulo'], ['sao-paulo-1']],
		['every word must appear', { q: 'school zebra' }, [], []],
		['a name match keeps a place without practices', { q: 'empty' }, ['empty'], []],
		['name and theme', { q: 'alpha', themes: ['c'] }, ['alpha'], ['alpha-2']],
		['nothing matches', { themes: ['d'], regions: ['europe'] }, [], []],
		[
			'a search of punctuation only filters nothing',
			{ q: ' - ' },
			ALL_PLACES,
			sampleAtlas.practices.map((p) => p.id)
		]
	])('%s', (_, filters, places, practices) => {
		const result = filterAtlas(sampleAtlas, { ...NO_FILTERS, ...filters }, 'en');
		expect([...result.placeIds]).toEqual(places);
		expect(result.practices.map((p) => p.id)).toEqual(practices);
		expect(
			[...result.practicesByPlace.values()]
				.flat()
				.map((p) => p.id)
				.sort()
		).toEqual([...practices].sort());
	});

	it('searches the reader’s language and English, not a third language', () => {
		const search = (q: string, lang: 'en' | 'fr' | 'es') => [
			...filterAtlas(sampleAtlas, { ...NO_FILTERS, q }, lang).placeIds
		];
		expect(search('repas', 'fr')).toEqual(['sao-paulo']);
		expect(search('school', 'fr')).toEqual(['sao-paulo']);
		expect(search('repas', 'en')).toEqual([]);
		expect(search('repas', 'es')).toEqual([]);
	});

	it('gives the themes of each place’s matching practices', () => {
		const result = filterAtlas(sampleAtlas, { ...NO_FILTERS, groups: ['women'] }, 'en');
		expect(
			Object.fromEntries([...result.themesByPlace].map(([id, set]) => [id, [...set]]))
		).toEqual({
			alpha: ['a', 'b'],
			gamma: ['a', 'b']
		});
	});
});

describe('filterAtlas on two atlases', () => {
	it('answers each from its own practices, whichever was filtered first', () => {
		const first = makeAtlas({
			themes: ['a', 'b'],
			groups: ['g'],
			places: [{ id: 'x' }, { id: 'y' }],
			practices: [
				{ place: 'x', themes: ['a'], groups: ['g'] },
				{ place: 'y', themes: ['b'] }
			]
		});
		const second = makeAtlas({
			themes: ['a', 'b'],
			groups: ['g'],
			places: [{ id: 'x' }, { id: 'y' }],
			practices: [
				{ place: 'x', themes: ['b'] },
				{ place: 'y', themes: ['a', 'b'], groups: ['g'] }
			]
		});
		const ids = (atlas: typeof first, filters: Partial<Filters>) => [
			...filterAtlas(atlas, { ...NO_FILTERS, ...filters }, 'en').placeIds
		];
		expect(ids(first, { themes: ['a'] })).toEqual(['x']);
		expect(ids(second, { themes: ['a'] })).toEqual(['y']);
		expect(ids(first, { groups: ['g'] })).toEqual(['x']);
		expect(ids(second, { groups: ['g'] })).toEqual(['y']);
		expect(ids(second, { themes: ['a', 'b'], match: 'all' })).toEqual(['y']);
		expect(ids(first, { themes: ['a', 'b'] })).toEqual(['x', 'y']);
	});
});

describe('hasFilters', () => {
	it.each<[Partial<Filters>, boolean]>([
		[{}, false],
		[{ match: 'all' }, false],
		[{ q: '  ' }, false],
		[{ q: 'x' }, true],
		[{ themes: ['a'] }, true],
		[{ regions: ['europe'] }, true],
		[{ groups: ['women'] }, true]
	])('%j → %s', (filters, expected) => {
		expect(hasFilters({ ...NO_FILTERS, ...filters })).toBe(expected);
	});
});

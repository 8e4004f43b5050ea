import { describe, expect, it } from 'vitest';
import type { Fact } from '$lib/data/types';
import { factValue } from './factValue';

const fact = (over: Partial<Fact>): Fact => ({
	id: 'f',
	place: 'p',
	label: { en: 'Figure' },
	value: 1,
	unit: 'count',
	qualifier: 'exact',
	raw: 'one',
	flag: null,
	source: 's',
	paragraph: 1,
	...over
});

describe('factValue', () => {
	it.each<[Partial<Fact>, 'en' | 'fr' | 'es', ReturnType<typeof factValue>]>([
		[
			{ value: 26000, unit: 'meals-per-day', qualifier: 'more-than' },
			'en',
			{ kind: 'number', text: '26,000', qualifier: 'more-than' }
		],
		[
			{ value: 26000, unit: 'meals-per-day', qualifier: 'more-than' },
			'fr',
			{ kind: 'number', text: '26\u202f000', qualifier: 'more-than' }
		],
		[{ value: 44, unit: 'percent' }, 'en', { kind: 'number', text: '44%', qualifier: 'exact' }],
		[
			{ value: 8.5, unit: 'percent', qualifier: 'about' },
			'es',
			{ kind: 'number', text: '8,5\u00a0%', qualifier: 'about' }
		],
		[{ value: 2010, unit: 'year' }, 'en', { kind: 'number', text: '2010', qualifier: 'exact' }],
		[{ value: 2010, unit: 'year' }, 'fr', { kind: 'number', text: '2010', qualifier: 'exact' }],
		[
			{ value: null, unit: 'percent', raw: '8,%', flag: 'malformed' },
			'en',
			{ kind: 'as-written', text: '8,%' }
		],
		[
			{ value: 8, unit: 'percent', raw: '8,%', flag: 'malformed' },
			'en',
			{ kind: 'as-written', text: '8,%' }
		]
	])('%j in %s', (over, lang, expected) => {
		expect(factValue(fact(over), lang)).toEqual(expected);
	});
});

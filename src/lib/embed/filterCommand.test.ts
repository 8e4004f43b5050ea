import { describe, expect, it } from 'vitest';
import { defaultQuery, type Vocabulary } from '$lib/state/urlQuery';
import { applyFilterCommand } from './filterCommand';

const vocabulary: Vocabulary = {
	places: new Set(['utrecht', 'jenin']),
	themes: ['finance-care', 'gender', 'participation'],
	groups: ['women', 'migrants']
};
const start = () => ({
	...defaultQuery({ place: null, lang: 'fr' }),
	place: 'jenin',
	themes: ['gender'],
	groups: ['women'],
	q: 'eau',
	view: 'matrix' as const
});

describe('applyFilterCommand', () => {
	it('replaces the filters the command names, in the data’s order, and keeps the rest of the view', () => {
		const next = applyFilterCommand(
			start(),
			{ type: 'hrc:filter', themes: ['participation', 'finance-care'], match: 'all' },
			vocabulary
		);
		expect(next).toEqual({
			...start(),
			themes: ['finance-care', 'participation'],
			match: 'all'
		});
	});

	it('clears a filter named empty', () => {
		const next = applyFilterCommand(
			start(),
			{ type: 'hrc:filter', themes: [], groups: [], q: '' },
			vocabulary
		);
		expect([next.themes, next.groups, next.q]).toEqual([[], [], '']);
		expect(next.place).toBe('jenin');
	});

	it('leaves out ids the data does not know, and repeats', () => {
		const next = applyFilterCommand(
			start(),
			{
				type: 'hrc:filter',
				themes: ['housing', 'gender', 'gender'],
				regions: ['europe', 'atlantis', 'africa'],
				groups: ['Women', '__proto__']
			},
			vocabulary
		);
		expect(next.themes).toEqual(['gender']);
		expect(next.regions).toEqual(['africa', 'europe']);
		expect(next.groups).toEqual([]);
	});

	it('changes nothing for a command that names no filter', () => {
		expect(applyFilterCommand(start(), { type: 'hrc:filter' }, vocabulary)).toEqual(start());
	});
});

import { makeAtlas } from '$lib/analysis/testing/makeAtlas';

/**
 * A small atlas for the panels' tests: Leda (Europe) has every kind of record; Mira and Nuno share
 * themes with it; Oko, alone in Africa, shares none.
 */
export const panelAtlas = makeAtlas({
	themes: ['gender', 'monitoring', 'procurement', 'water'],
	groups: ['women', 'migrants'],
	places: [
		{ id: 'leda', region: 'europe', name: 'Leda', country: 'ES', kind: 'city' },
		{ id: 'mira', region: 'europe', name: 'Mira', country: 'FR', kind: 'department' },
		{
			id: 'nuno',
			region: 'latin-america',
			name: { en: 'Nuno', fr: 'Nunó' },
			country: 'BR',
			kind: 'municipality'
		},
		{ id: 'oko', region: 'africa', name: 'Oko', country: 'KM', kind: 'island' }
	],
	practices: [
		{
			id: 'leda-observatory',
			place: 'leda',
			themes: ['gender', 'monitoring'],
			groups: ['women'],
			title: { en: 'Observatory of violence', fr: 'Observatoire des violences' },
			summary: 'Counts and follows every case.',
			status: 'in-place',
			paragraph: 21
		},
		{
			id: 'leda-plan',
			place: 'leda',
			themes: ['gender'],
			title: 'Equality plan',
			summary: 'A plan for equality.',
			status: 'under-way',
			paragraph: 26
		},
		{
			id: 'leda-buying',
			place: 'leda',
			themes: ['procurement'],
			title: 'Ethical buying',
			summary: 'Buys fairly.',
			paragraph: 17
		},
		{
			id: 'mira-monitor',
			place: 'mira',
			themes: ['monitoring'],
			title: 'Local monitor',
			summary: 'Indicators.'
		},
		{
			id: 'mira-gender',
			place: 'mira',
			themes: ['gender'],
			groups: ['migrants'],
			title: 'Women at the centre',
			summary: 'Policies.'
		},
		{
			id: 'nuno-gender',
			place: 'nuno',
			themes: ['gender'],
			title: 'Gender office',
			summary: 'An office.'
		},
		{
			id: 'oko-water',
			place: 'oko',
			themes: ['water'],
			title: 'Water rights',
			summary: 'Water for all.'
		}
	],
	links: [
		{
			from: 'mira',
			to: 'leda',
			summary: { en: 'Mira helped Leda open its observatory.' },
			paragraph: 39
		}
	],
	facts: [
		{
			place: 'leda',
			label: { en: 'School meals a day' },
			value: 26000,
			unit: 'meals-per-day',
			qualifier: 'more-than',
			raw: 'more than 26,000 meals a day',
			paragraph: 18
		},
		{
			place: 'leda',
			label: { en: 'Migrants as a share of the population' },
			value: null,
			unit: 'percent',
			raw: '8,%',
			flag: 'malformed',
			paragraph: 27
		}
	],
	statements: [
		{
			place: 'leda',
			speaker: 'Ana Ruiz',
			role: { en: 'Director of International Relations' },
			summary: { en: 'Said local governments matter more than ever.' },
			paragraph: 14
		}
	],
	events: [
		{
			place: 'leda',
			title: { en: 'Regional Conference on Women' },
			start: '2025-08-12',
			end: '2025-08-15',
			dateText: 'From 12 to 15 August',
			paragraph: 8
		}
	]
});

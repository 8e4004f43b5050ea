import { describe, expect, it } from 'vitest';
import { sampleAtlas } from '$lib/analysis/testing/sampleAtlas';
import { defaultQuery } from './urlQuery';
import { ViewState } from './viewState.svelte';

describe('ViewState', () => {
	it('starts with every place matching and no filter', () => {
		const view = new ViewState(sampleAtlas);
		expect([...view.matchingPlaceIds]).toEqual(sampleAtlas.places.map((p) => p.id));
		expect(view.matchingPractices).toHaveLength(sampleAtlas.practices.length);
		expect(view.hasFilters).toBe(false);
	});

	it('keeps chosen themes, regions and groups in atlas order, whatever the order of clicks', () => {
		const view = new ViewState(sampleAtlas);
		view.toggleTheme('c');
		view.toggleTheme('a');
		view.toggleTheme('nope');
		view.toggleRegion('europe');
		view.toggleRegion('africa');
		view.toggleGroup('migrants');
		view.toggleGroup('women');
		expect([view.themes, view.regions, view.groups]).toEqual([
			['a', 'c'],
			['africa', 'europe'],
			['women', 'migrants']
		]);
		view.toggleTheme('a');
		expect(view.themes).toEqual(['c']);
	});

	it('recomputes the matching places and practices when a filter changes', () => {
		const view = new ViewState(sampleAtlas);
		view.toggleTheme('a');
		expect([...view.matchingPlaceIds]).toEqual(['alpha', 'beta', 'gamma']);
		view.toggleTheme('c');
		view.match = 'all';
		expect([...view.matchingPlaceIds]).toEqual(['alpha']);
		expect(view.matchingPractices.map((p) => p.id)).toEqual(['alpha-1', 'alpha-2']);
		view.clearFilters();
		expect(view.matchingPlaceIds.size).toBe(6);
		expect(view.match).toBe('any');
	});

	it('searches in the current language', () => {
		const view = new ViewState(sampleAtlas, { lang: 'fr' });
		view.q = 'repas';
		expect([...view.matchingPlaceIds]).toEqual(['sao-paulo']);
		view.lang = 'en';
		expect([...view.matchingPlaceIds]).toEqual([]);
	});

	it('highlights the hovered place, or the matching places with the hovered theme', () => {
		const view = new ViewState(sampleAtlas);
		expect([...view.highlightedPlaceIds]).toEqual([]);
		view.hoveredTheme = 'c';
		expect([...view.highlightedPlaceIds]).toEqual(['alpha', 'sao-paulo']);
		view.hovered = 'delta';
		expect([...view.highlightedPlaceIds]).toEqual(['delta']);
	});

	it('ignores unknown places', () => {
		const view = new ViewState(sampleAtlas, { place: 'nowhere' });
		expect(view.place).toBeNull();
		view.select('gamma');
		view.select('nowhere');
		expect(view.place).toBeNull();
	});

	it('gives back the query it was given', () => {
		const view = new ViewState(sampleAtlas);
		const query = {
			...defaultQuery({ place: null, lang: 'en' }),
			place: 'beta',
			themes: ['b'],
			match: 'all' as const,
			regions: ['europe' as const],
			groups: ['migrants'],
			q: 'x',
			view: 'network' as const,
			lang: 'es' as const
		};
		view.applyQuery(query);
		expect(view.query).toEqual(query);
	});
});

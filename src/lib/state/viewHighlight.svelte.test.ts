import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { sampleAtlas } from '$lib/analysis/testing/sampleAtlas';
import { watchKeys } from './testing/watchKeys.svelte';
import { ViewState } from './viewState.svelte';

function watch(view: ViewState) {
	const ids = sampleAtlas.places.map((p) => p.id);
	const highlighted = () => ids.filter((id) => view.isHighlighted(id));
	return { ...watchKeys(ids, (id) => view.isHighlighted(id)), highlighted };
}

describe('ViewState.isHighlighted', () => {
	it('answers per place as hover and filters change, waking only the places whose answer did', () => {
		const view = new ViewState(sampleAtlas);
		const { runs, highlighted, stop } = watch(view);
		view.hoveredTheme = 'c';
		flushSync();
		expect(highlighted()).toEqual(['alpha', 'sao-paulo']);
		expect(runs).toMatchObject({ alpha: 2, beta: 1, gamma: 1, 'sao-paulo': 2 });
		// A filter while the theme is hovered: São Paulo no longer matches, the others stay asleep.
		view.regions = ['europe'];
		flushSync();
		expect(highlighted()).toEqual(['alpha']);
		expect(runs).toMatchObject({ alpha: 2, beta: 1, gamma: 1, 'sao-paulo': 3 });
		view.hovered = 'delta';
		flushSync();
		expect(highlighted()).toEqual(['delta']);
		expect(runs).toMatchObject({ alpha: 3, delta: 2, beta: 1 });
		stop();
	});

	it('answers a place outside the atlas from the highlighted set', () => {
		const view = new ViewState(sampleAtlas);
		view.hovered = 'somewhere';
		expect(view.isHighlighted('somewhere')).toBe(true);
		expect(view.isHighlighted('alpha')).toBe(false);
	});
});

describe('ViewState.isMatching', () => {
	it('answers per place as the filters change, waking only the places whose answer did', () => {
		const view = new ViewState(sampleAtlas);
		const ids = sampleAtlas.places.map((p) => p.id);
		const { runs, stop } = watchKeys(ids, (id) => view.isMatching(id));
		const matching = () => ids.filter((id) => view.isMatching(id));
		expect(matching()).toEqual(ids);
		view.regions = ['europe'];
		flushSync();
		expect(matching()).toEqual([...view.matchingPlaceIds]);
		const left = ids.filter((id) => !view.matchingPlaceIds.has(id));
		expect(left.length).toBeGreaterThan(0);
		for (const id of ids) expect(runs[id]).toBe(left.includes(id) ? 2 : 1);
		view.clearFilters();
		flushSync();
		expect(matching()).toEqual(ids);
		stop();
	});
});

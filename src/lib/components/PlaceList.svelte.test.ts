import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import { buildAtlas } from '$lib/data/buildAtlas';
import { indexAtlas } from '$lib/data/atlas';
import { ViewState } from '$lib/state/viewState.svelte';
import WithView from '$lib/test/WithView.svelte';
import PlaceList from './PlaceList.svelte';
import { smallFixture } from '$lib/test/fixtures';
import { makeAtlas } from '$lib/analysis/testing/makeAtlas';
import { LIST_PAGE } from '$lib/reach/listPage';

function viewOf(lang: 'en' | 'fr' | 'es' = 'en') {
	const { data } = buildAtlas(smallFixture);
	return new ViewState(indexAtlas(data!), { lang });
}

describe('PlaceList', () => {
	it('lists every place with its country and practice count, and selects on click', async () => {
		const view = viewOf();
		await render(WithView, { view, component: PlaceList });
		const links = page.getByRole('link');
		await expect.element(links.nth(0)).toHaveTextContent('Jenin');
		await expect
			.element(page.getByRole('link', { name: /Utrecht/ }))
			.toHaveTextContent('Netherlands · 1 practice');
		await page.getByRole('link', { name: /Seine-Saint-Denis/ }).click();
		expect(view.place).toBe('seine-saint-denis');
		await expect
			.element(page.getByRole('link', { name: /Seine-Saint-Denis/ }))
			.toHaveAttribute('aria-current', 'true');
	});

	it('highlights the place under the pointer or focus, also across the parts of its link', async () => {
		const view = viewOf();
		await render(WithView, { view, component: PlaceList });
		const utrecht = page.getByRole('link', { name: /Utrecht/ });
		await utrecht.hover();
		expect(view.hovered).toBe('utrecht');
		// From the name to the country line of the same link: still the same place.
		const link = utrecht.element();
		const [name, meta] = [link.querySelector('.name')!, link.querySelector('.meta')!];
		meta.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: name }));
		name.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: meta }));
		expect(view.hovered).toBe('utrecht');
		link.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
		expect(view.hovered).toBeNull();
		link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
		expect(view.hovered).toBe('utrecht');
		link.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: null }));
		expect(view.hovered).toBeNull();
	});

	it('lists only the places the filters keep, with their matching practices counted, hiding the others', async () => {
		const view = viewOf();
		await render(WithView, { view, component: PlaceList });
		const rows = () => [...document.querySelectorAll<HTMLElement>('.place-list li')];
		const before = rows();
		view.toggleTheme('monitoring');
		flushSync();
		await expect.element(page.getByRole('link')).toHaveTextContent('Utrecht');
		await expect
			.element(page.getByRole('link', { name: /Utrecht/ }))
			.toHaveTextContent('Netherlands · 1 matching practice');
		expect(page.getByRole('link').all()).toHaveLength(1);
		view.q = 'nothing matches this';
		flushSync();
		await expect.element(page.getByText('No place matches these filters.')).toBeVisible();
		expect(page.getByRole('list').query()).toBeNull();
		view.clearFilters();
		flushSync();
		await expect.element(page.getByRole('link', { name: /Jenin/ })).toHaveTextContent('1 practice');
		expect(page.getByRole('link').all()).toHaveLength(3);
		expect(page.getByRole('button').query()).toBeNull();
		// Hidden, not rebuilt: with a few places a filter builds no row.
		expect(rows()).toEqual(before);
	});

	it('shows a long list a page at a time, focus going on to the first place added', async () => {
		const places = Array.from({ length: 250 }, (_, i) => ({
			id: `place-${String(i).padStart(3, '0')}`
		}));
		const view = new ViewState(
			makeAtlas({
				themes: ['a', 'b'],
				places,
				practices: places.map((p, i) => ({ place: p.id, themes: [i % 2 ? 'a' : 'b'] }))
			})
		);
		await render(WithView, { view, component: PlaceList });
		const links = () => [
			...document.querySelectorAll<HTMLElement>('.place-list li:not([hidden]) a[data-place]')
		];
		const rows = () => document.querySelectorAll('.place-list li');
		expect(links()).toHaveLength(LIST_PAGE);
		await expect.element(page.getByText('Showing 100 of 250')).toBeVisible();
		await page.getByRole('button', { name: 'Show 100 more places' }).click();
		expect(links()).toHaveLength(200);
		expect(document.activeElement).toBe(links()[100]);
		expect(links()[100]!.dataset.place).toBe('place-100');
		await page.getByRole('button', { name: 'Show 50 more places' }).click();
		expect(links()).toHaveLength(250);
		expect(page.getByRole('button').query()).toBeNull();
		// A filter starts again from the first page of what it keeps; the first hundred places keep
		// their rows, hidden when left out.
		view.toggleTheme('a');
		flushSync();
		expect(links()).toHaveLength(100);
		expect(links()[0]!.dataset.place).toBe('place-001');
		expect(links()[99]!.dataset.place).toBe('place-199');
		expect(rows()).toHaveLength(150);
		await expect.element(page.getByText('Showing 100 of 125')).toBeVisible();
		await expect.element(page.getByRole('button', { name: 'Show 25 more places' })).toBeVisible();
	});

	it('speaks the reader’s language', async () => {
		await render(WithView, { view: viewOf('fr'), component: PlaceList });
		await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent('Lieux');
		await expect.element(page.getByRole('link', { name: /Jénine/ })).toBeVisible();
	});
});

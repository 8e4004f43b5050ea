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

	it('hides the places the filters leave out and counts their matching practices, row by row', async () => {
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
		// The other rows are hidden, not rebuilt: a filter at thousands of places stays cheap.
		expect(rows()).toEqual(before);
		expect(rows().filter((row) => row.hidden)).toHaveLength(2);
		view.q = 'nothing matches this';
		flushSync();
		await expect.element(page.getByText('No place matches these filters.')).toBeVisible();
		expect(page.getByRole('list').query()).toBeNull();
		view.clearFilters();
		flushSync();
		await expect.element(page.getByRole('link', { name: /Jenin/ })).toHaveTextContent('1 practice');
		expect(page.getByRole('link').all()).toHaveLength(3);
		expect(rows()).toEqual(before);
	});

	it('speaks the reader’s language', async () => {
		await render(WithView, { view: viewOf('fr'), component: PlaceList });
		await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent('Lieux');
		await expect.element(page.getByRole('link', { name: /Jénine/ })).toBeVisible();
	});
});

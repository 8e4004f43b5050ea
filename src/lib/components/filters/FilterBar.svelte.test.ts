import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { renderWithView } from '$lib/panels/testing/renderWithView';
import { panelAtlas } from '$lib/panels/testing/panelAtlas';
import FilterBar from './FilterBar.svelte';

const status = (container: HTMLElement) => container.querySelector('[role="status"]')!.textContent;
const openFacet = (container: HTMLElement, name: string) =>
	(container.querySelector(`[data-facet="${name}"] summary`) as HTMLElement).click();

describe('FilterBar', () => {
	it('counts matching places and practices in a live region', async () => {
		const { screen } = await renderWithView(panelAtlas, FilterBar, {});
		expect(status(screen.container)).toBe('4 places, 7 practices');
		expect(screen.container.querySelector('[role="status"]')!.getAttribute('aria-live')).toBe(
			'polite'
		);
	});

	it('searches ignoring case and accents, in the reader’s language and English', async () => {
		const { view, screen } = await renderWithView(panelAtlas, FilterBar, {}, { lang: 'fr' });
		await userEvent.fill(screen.getByLabelText('Rechercher des lieux et des pratiques'), 'NUNO');
		expect(view.q).toBe('NUNO');
		await expect.poll(() => status(screen.container)).toBe('1 lieu, 1 pratique');
		await userEvent.fill(
			screen.getByLabelText('Rechercher des lieux et des pratiques'),
			'observatoire'
		);
		await expect.poll(() => [...view.matchingPlaceIds]).toEqual(['leda']);
		await userEvent.fill(
			screen.getByLabelText('Rechercher des lieux et des pratiques'),
			'observatory'
		);
		await expect.poll(() => [...view.matchingPlaceIds]).toEqual(['leda']);
	});

	it('filters by several themes with any or all, by region and by group, and clears them all', async () => {
		const { view, screen } = await renderWithView(panelAtlas, FilterBar, {});
		openFacet(screen.container, 'themes');
		await screen.getByLabelText('Monitoring').click();
		await screen.getByLabelText('Procurement').click();
		expect(view.themes).toEqual(['monitoring', 'procurement']);
		await expect.poll(() => status(screen.container)).toBe('2 places, 3 practices');
		await screen.getByLabelText('all of these themes').click();
		await expect.poll(() => status(screen.container)).toBe('1 place, 2 practices');
		await expect.element(screen.getByText('2 chosen')).toBeVisible();

		await screen.getByRole('button', { name: 'Clear all filters' }).click();
		expect([view.themes, view.match, view.hasFilters]).toEqual([[], 'any', false]);

		openFacet(screen.container, 'regions');
		await screen.getByLabelText('Africa').click();
		await expect.poll(() => status(screen.container)).toBe('1 place, 1 practice');
		openFacet(screen.container, 'groups');
		await screen.getByLabelText('Women').click();
		await expect.poll(() => status(screen.container)).toBe('0 places, 0 practices');
	});
});

describe('FilterBar menus', () => {
	it('highlight the theme under the pointer or focus, and no theme between options or outside', async () => {
		const { view, screen } = await renderWithView(panelAtlas, FilterBar, {});
		openFacet(screen.container, 'themes');
		await userEvent.hover(screen.getByLabelText('Monitoring'));
		expect(view.hoveredTheme).toBe('monitoring');
		// The label's text and its box are the same option.
		await userEvent.hover(screen.getByText('Procurement'));
		expect(view.hoveredTheme).toBe('procurement');
		await userEvent.hover(screen.getByLabelText('Procurement'));
		expect(view.hoveredTheme).toBe('procurement');
		await userEvent.hover(screen.getByLabelText('all of these themes'));
		expect(view.hoveredTheme).toBe(null);
		await userEvent.hover(screen.getByText('Monitoring'));
		await userEvent.unhover(screen.getByText('Monitoring'));
		expect(view.hoveredTheme).toBe(null);

		screen.container
			.querySelector<HTMLInputElement>('[data-facet="themes"] input[value="procurement"]')!
			.focus();
		expect(view.hoveredTheme).toBe('procurement');
		screen.container
			.querySelector<HTMLInputElement>('[data-facet="themes"] input[value="monitoring"]')!
			.focus();
		expect(view.hoveredTheme).toBe('monitoring');
		screen.container
			.querySelector<HTMLInputElement>('[data-facet="themes"] input[value="monitoring"]')!
			.blur();
		expect(view.hoveredTheme).toBe(null);
		// Regions and groups highlight nothing: only themes do.
		openFacet(screen.container, 'regions');
		await userEvent.hover(screen.getByLabelText('Africa'));
		expect(view.hoveredTheme).toBe(null);
	});

	it('close with Escape and give focus back to their button', async () => {
		const { screen } = await renderWithView(panelAtlas, FilterBar, {});
		openFacet(screen.container, 'groups');
		const details = screen.container.querySelector<HTMLDetailsElement>('[data-facet="groups"]')!;
		expect(details.open).toBe(true);
		screen.container.querySelector<HTMLInputElement>('[data-facet="groups"] input')!.focus();
		await userEvent.keyboard('{Escape}');
		expect(details.open).toBe(false);
		expect(document.activeElement).toBe(details.querySelector('summary'));
	});
});

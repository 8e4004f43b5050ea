import { describe, expect, it } from 'vitest';
import SharedThemes from './SharedThemes.svelte';
import { panelAtlas } from './testing/panelAtlas';
import { renderWithView } from './testing/renderWithView';

const leda = panelAtlas.placeById.get('leda')!;
const linksOf = (container: HTMLElement, theme: string) =>
	[...container.querySelectorAll(`[data-theme="${theme}"] a[data-place]`)].map(
		(a) => a.textContent
	);

describe('SharedThemes', () => {
	it('lists every other place of each theme when they are few', async () => {
		const { screen } = await renderWithView(panelAtlas, SharedThemes, { place: leda });
		expect(linksOf(screen.container, 'gender')).toEqual(['Mira', 'Nuno']);
		expect(screen.container.querySelector('.show-all')).toBeNull();
	});

	it('shows the first places of a long list, then all of them on request, with focus on the first new one', async () => {
		const { screen } = await renderWithView(panelAtlas, SharedThemes, { place: leda, limit: 1 });
		expect(linksOf(screen.container, 'gender')).toEqual(['Mira']);
		expect(linksOf(screen.container, 'monitoring')).toEqual(['Mira']);
		const showAll = screen.getByRole('button', { name: 'Show all 2 places' });
		await expect.element(showAll).toBeVisible();
		await showAll.click();
		expect(linksOf(screen.container, 'gender')).toEqual(['Mira', 'Nuno']);
		expect(screen.container.querySelector('.show-all')).toBeNull();
		expect(document.activeElement?.textContent).toBe('Nuno');
	});

	it('names the count in the page language', async () => {
		const { screen } = await renderWithView(
			panelAtlas,
			SharedThemes,
			{ place: leda, limit: 1 },
			{ lang: 'fr' }
		);
		await expect
			.element(screen.getByRole('button', { name: 'Afficher les 2 lieux' }))
			.toBeVisible();
	});
});

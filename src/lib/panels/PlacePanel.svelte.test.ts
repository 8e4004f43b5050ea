import { describe, expect, it } from 'vitest';
import PlacePanel from './PlacePanel.svelte';
import { panelAtlas } from './testing/panelAtlas';
import { renderWithView } from './testing/renderWithView';

async function renderPanel(id: string, lang: 'en' | 'fr' = 'en') {
	return renderWithView(
		panelAtlas,
		PlacePanel,
		{ place: panelAtlas.placeById.get(id)! },
		{ lang, place: id }
	);
}

describe('PlacePanel', () => {
	it('names the place, its kind, country and region', async () => {
		const { screen } = await renderPanel('leda');
		await expect.element(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Leda');
		await expect.element(screen.getByText('City · Spain · Europe')).toBeVisible();
	});

	it('keeps a figure’s qualifier, and shows a malformed figure as written, flagged, with no number guessed', async () => {
		const { screen } = await renderPanel('leda');
		const facts = screen.container.querySelectorAll('[data-fact]');
		expect(facts[0]!.textContent).toContain('more than 26,000');
		expect(facts[1]!.textContent).toContain('8,%');
		expect(facts[1]!.textContent).toContain('as written in the source');
		expect(facts[1]!.textContent).not.toMatch(/\b8(\.\d)?\s?%/);
	});

	it('gives statements with speaker and role, and hosted events with their dates', async () => {
		const { screen } = await renderPanel('leda');
		await expect.element(screen.getByText('Ana Ruiz')).toBeVisible();
		await expect.element(screen.getByText('Director of International Relations')).toBeVisible();
		await expect
			.element(screen.getByText('Said local governments matter more than ever.'))
			.toBeVisible();
		await expect.element(screen.getByText('August 12, 2025 to August 15, 2025')).toBeVisible();
		await expect.element(screen.getByText('From 12 to 15 August')).toBeVisible();
	});

	it('groups practices by their first theme, each with status, groups and source', async () => {
		const { screen } = await renderPanel('leda');
		const groups = [...screen.container.querySelectorAll('.theme-group')].map((g) => [
			g.querySelector('.group-label')!.textContent,
			[...g.querySelectorAll('[data-practice] h3')].map((h) => h.textContent)
		]);
		expect(groups).toEqual([
			['Gender', ['Observatory of violence', 'Equality plan']],
			['Procurement', ['Ethical buying']]
		]);
		const observatory = screen.container.querySelector('[data-practice="leda-observatory"]')!;
		expect(observatory.textContent).toContain('In place');
		expect(observatory.textContent).toContain('Serves: Women');
		expect(observatory.textContent).toContain('Monitoring');
		expect(observatory.textContent).toContain('paragraph 21');
		expect(observatory.querySelector('a')!.getAttribute('href')).toBe('https://example.org/source');
	});

	it('marks text shown in English in another language', async () => {
		const { screen } = await renderPanel('leda', 'fr');
		const titles = [...screen.container.querySelectorAll('[data-practice] h3')];
		expect(titles[0]!.textContent).toBe('Observatoire des violences');
		expect(titles[0]!.getAttribute('lang')).toBeNull();
		expect(titles[1]!.getAttribute('lang')).toBe('en');
		// French sets a space before a colon.
		expect(
			screen.container
				.querySelector('[data-practice="leda-observatory"] .groups')!
				.textContent?.trim()
		).toBe('Public : Women');
	});

	it('links to the places it is linked with and to those sharing each theme; a click selects', async () => {
		const { view, screen } = await renderPanel('leda');
		const linked = screen.container.querySelector(
			'[data-link] a[data-place="mira"]'
		) as HTMLElement;
		expect(linked.textContent).toBe('Mira');
		expect(screen.container.querySelector('[data-link]')!.textContent).toContain(
			'Cooperation, led by Mira'
		);

		const shared = Object.fromEntries(
			[...screen.container.querySelectorAll('.shared-themes [data-theme]')].map((d) => [
				d.getAttribute('data-theme'),
				[...d.querySelectorAll('a')].map((a) => a.textContent)
			])
		);
		expect(shared).toEqual({ gender: ['Mira', 'Nuno'], monitoring: ['Mira'], procurement: [] });

		await screen.getByRole('link', { name: 'Nuno' }).first().click();
		expect(view.place).toBe('nuno');
	});
});

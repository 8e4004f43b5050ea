import { describe, expect, it } from 'vitest';
import ThemeMatrix from './ThemeMatrix.svelte';
import { panelAtlas } from './testing/panelAtlas';
import { renderWithView } from './testing/renderWithView';

const rows = (container: HTMLElement) =>
	[...container.querySelectorAll('tr[data-place-row]')].map((tr) => [
		tr.getAttribute('data-place-row'),
		[...tr.querySelectorAll('td')].map((td) => Number(td.textContent))
	]);

describe('ThemeMatrix', () => {
	it('groups places by region with practice counts per theme and in total', async () => {
		const { screen } = await renderWithView(panelAtlas, ThemeMatrix, {});
		expect([...screen.container.querySelectorAll('tr.group')].map((tr) => tr.textContent)).toEqual([
			'Africa',
			'Latin America',
			'Europe'
		]);
		// Columns: gender, monitoring, procurement, water, total.
		expect(rows(screen.container)).toEqual([
			['oko', [0, 0, 0, 1, 1]],
			['nuno', [1, 0, 0, 0, 1]],
			['leda', [2, 1, 1, 0, 3]],
			['mira', [1, 1, 0, 0, 2]]
		]);
	});

	it('sorts by count and by similarity to the selected place', async () => {
		const { screen } = await renderWithView(panelAtlas, ThemeMatrix, {}, { place: 'nuno' });
		await screen.getByLabelText('by number of practices').click();
		await expect
			.poll(() => rows(screen.container).map((r) => r[0]))
			.toEqual(['leda', 'mira', 'nuno', 'oko']);
		await screen.getByLabelText('by similarity').click();
		// Nuno {gender}: Mira 1/2, Leda 1/3, Oko 0.
		await expect
			.poll(() => rows(screen.container).map((r) => r[0]))
			.toEqual(['nuno', 'mira', 'leda', 'oko']);
		await expect.element(screen.getByText(/^Nuno first/)).toBeVisible();
	});

	it('filters by a theme from its column header, and keeps only matching places', async () => {
		const { view, screen } = await renderWithView(panelAtlas, ThemeMatrix, {});
		const header = screen.getByRole('button', { name: 'Monitoring' });
		await header.click();
		expect(view.themes).toEqual(['monitoring']);
		await expect.element(header).toHaveAttribute('aria-pressed', 'true');
		await expect
			.poll(() => rows(screen.container))
			.toEqual([
				['leda', [1, 1, 0, 0, 1]],
				['mira', [0, 1, 0, 0, 1]]
			]);
	});

	it('selects a place from its row', async () => {
		const { view, screen } = await renderWithView(panelAtlas, ThemeMatrix, {});
		await screen.getByRole('link', { name: 'Oko' }).click();
		expect(view.place).toBe('oko');
	});
});

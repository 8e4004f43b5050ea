import { describe, expect, it } from 'vitest';
import SimilarPlaces from './SimilarPlaces.svelte';
import { panelAtlas } from './testing/panelAtlas';
import { renderWithView } from './testing/renderWithView';

async function renderChart(id: string) {
	return renderWithView(
		panelAtlas,
		SimilarPlaces,
		{ place: panelAtlas.placeById.get(id)! },
		{ place: id }
	);
}

describe('SimilarPlaces', () => {
	it('ranks places by Jaccard index with bars scaled to it, and says which measure it uses', async () => {
		const { screen } = await renderChart('leda');
		await expect.element(screen.getByText(/Jaccard index/)).toBeVisible();
		const bars = [...screen.container.querySelectorAll<HTMLElement>('.bars a')];
		// Leda {gender, monitoring, procurement}: Mira {gender, monitoring} 2/3, Nuno {gender} 1/3.
		expect(bars.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
			'Mira 2 themes in common, index 0.67',
			'Nuno 1 theme in common, index 0.33'
		]);
		const widths = bars.map((b) => (b.querySelector('.bar') as HTMLElement).style.width);
		expect(widths.map((w) => Number.parseFloat(w))).toEqual([
			expect.closeTo(66.67, 1),
			expect.closeTo(33.33, 1)
		]);
	});

	it('selects a place when its bar is clicked', async () => {
		const { view, screen } = await renderChart('leda');
		await screen.getByRole('link', { name: /^Nuno/ }).click();
		expect(view.place).toBe('nuno');
	});

	it('says so when no place shares a theme', async () => {
		const { screen } = await renderChart('oko');
		await expect
			.element(screen.getByText('No other place shares a theme with this one.'))
			.toBeVisible();
		expect(screen.container.querySelectorAll('.bars a')).toHaveLength(0);
	});

	it('has a table equivalent', async () => {
		const { screen } = await renderChart('leda');
		await screen.getByText('Show as a table').click();
		const rows = [...screen.container.querySelectorAll('tbody tr')].map((r) =>
			[...r.children].map((c) => c.textContent)
		);
		expect(rows).toEqual([
			['Mira', 'Europe', 'Gender, Monitoring', '0.67'],
			['Nuno', 'Latin America', 'Gender', '0.33']
		]);
	});
});

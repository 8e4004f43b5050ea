import { describe, expect, it } from 'vitest';
import { makeAtlas } from '$lib/analysis/testing/makeAtlas';
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

	it('lists the 100 most similar places in its table, and says how many it leaves out', async () => {
		const ids = Array.from({ length: 130 }, (_, i) => `p${String(i).padStart(3, '0')}`);
		const atlas = makeAtlas({
			themes: ['a', 'b'],
			places: ids.map((id) => ({ id, region: 'europe' })),
			// p000 works on a and b; p001–p009 on both too, the others on a alone.
			practices: ids.map((id, i) => ({
				id: `${id}-1`,
				place: id,
				themes: i < 10 ? ['a', 'b'] : ['a']
			}))
		});
		const { screen } = await renderWithView(
			atlas,
			SimilarPlaces,
			{ place: atlas.placeById.get('p000')! },
			{ place: 'p000' }
		);
		await screen.getByText('Show as a table').click();
		const rows = [...screen.container.querySelectorAll('tbody tr th')].map((th) => th.textContent);
		expect(rows).toHaveLength(100);
		expect(rows.slice(0, 9)).toEqual(
			ids.slice(1, 10).map((id) => atlas.placeById.get(id)!.name.en)
		);
		await expect
			.element(screen.getByText(/the 100 most similar of the 129 places that share a theme/))
			.toBeVisible();
	});
});

import { describe, expect, it } from 'vitest';
import FilterBar from '$lib/components/filters/FilterBar.svelte';
import PlaceList from '$lib/components/PlaceList.svelte';
import { makeAtlas } from '$lib/analysis/testing/makeAtlas';
import Overview from './Overview.svelte';
import { renderWithView } from './testing/renderWithView';

const empty = makeAtlas({ themes: [], places: [] });

describe('with an empty atlas', () => {
	it.each(['regions', 'matrix', 'network'] as const)(
		'the %s overview renders and says there is nothing',
		async (view) => {
			const { screen } = await renderWithView(empty, Overview, {}, {});
			screen.container
				.querySelector<HTMLButtonElement>(`[role="tab"][data-view="${view}"]`)!
				.click();
			await expect.element(screen.getByRole('tabpanel')).toHaveAttribute('data-view', view);
			expect(screen.container.querySelectorAll('a[data-place]')).toHaveLength(0);
		}
	);

	it('the filters count nothing and the list says the data is empty', async () => {
		const filters = await renderWithView(empty, FilterBar, {});
		await expect
			.element(filters.screen.getByRole('status'))
			.toHaveTextContent('0 places, 0 practices');
		const list = await renderWithView(empty, PlaceList, {});
		await expect
			.element(list.screen.getByText('No places yet: add rows to data/places.csv.'))
			.toBeVisible();
	});
});

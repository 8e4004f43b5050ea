import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import Overview from './Overview.svelte';
import { panelAtlas } from './testing/panelAtlas';
import { renderWithView } from './testing/renderWithView';

describe('Overview', () => {
	it('switches views with the tabs, by click and with arrow keys, and shows the chosen one', async () => {
		const { view, screen } = await renderWithView(panelAtlas, Overview, {});
		const panel = () => screen.container.querySelector('[role="tabpanel"]')!;
		expect(panel().getAttribute('data-view')).toBe('regions');
		await expect
			.element(screen.getByRole('tab', { name: 'Themes by region' }))
			.toHaveAttribute('aria-selected', 'true');

		await screen.getByRole('tab', { name: 'Places × themes' }).click();
		expect(view.view).toBe('matrix');
		await expect
			.element(screen.getByRole('heading', { name: 'Practices of each place, by theme' }))
			.toBeVisible();

		await userEvent.keyboard('{ArrowRight}');
		expect(view.view).toBe('network');
		await expect.element(screen.getByRole('tab', { name: 'Network' })).toHaveFocus();
		await userEvent.keyboard('{ArrowRight}');
		expect(view.view).toBe('regions');
		await userEvent.keyboard('{End}');
		expect(panel().getAttribute('data-view')).toBe('network');
	});
});

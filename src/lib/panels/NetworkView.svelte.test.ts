import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import NetworkView from './NetworkView.svelte';
import { panelAtlas } from './testing/panelAtlas';
import { renderWithView } from './testing/renderWithView';

const edgeCount = (container: HTMLElement) =>
	container.querySelectorAll('.edges path:not(.stated)').length;
const nodePositions = (container: HTMLElement) =>
	[...container.querySelectorAll('a.node circle')].map(
		(c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`
	);

describe('NetworkView', () => {
	it('draws every place, edges for shared themes and the stated links apart', async () => {
		const { screen } = await renderWithView(panelAtlas, NetworkView, {});
		expect(screen.container.querySelectorAll('a.node')).toHaveLength(4);
		// Leda–Mira share 2 themes, Leda–Nuno and Mira–Nuno 1; 4 places allow 8 edges, so all 3 show.
		expect(edgeCount(screen.container)).toBe(3);
		expect(screen.container.querySelectorAll('.edges path.stated')).toHaveLength(1);
		await expect.element(screen.getByText('3 connections')).toBeVisible();
	});

	it('keeps its layout when the threshold or the filters change', async () => {
		const { view, screen } = await renderWithView(panelAtlas, NetworkView, {});
		const before = nodePositions(screen.container);
		const slider = screen.getByRole('slider');
		await userEvent.fill(slider, '2');
		await expect.poll(() => edgeCount(screen.container)).toBe(1);
		view.toggleRegion('europe');
		await expect.poll(() => screen.container.querySelectorAll('a.node.faded').length).toBe(2);
		expect(nodePositions(screen.container)).toEqual(before);
	});

	it('selects a place from its node, and lists its edges in a table', async () => {
		const { view, screen } = await renderWithView(panelAtlas, NetworkView, {});
		await screen.getByRole('link', { name: /^Nuno/ }).click();
		expect(view.place).toBe('nuno');
		await screen.getByText('Show as a table').click();
		const rows = [...screen.container.querySelectorAll('tbody tr')].map((r) =>
			[...r.children].map((c) => c.textContent)
		);
		expect(rows).toEqual([
			['Leda', 'Mira', '2: Gender, Monitoring'],
			['Leda', 'Nuno', '1: Gender'],
			['Mira', 'Nuno', '1: Gender'],
			['Mira', 'Leda', 'Link stated by the source']
		]);
	});
});

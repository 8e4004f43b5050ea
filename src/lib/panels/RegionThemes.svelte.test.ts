import { describe, expect, it } from 'vitest';
import RegionThemes from './RegionThemes.svelte';
import { panelAtlas } from './testing/panelAtlas';
import { renderWithView } from './testing/renderWithView';

const cellTexts = (container: HTMLElement, theme: string) =>
	[...container.querySelectorAll(`tr[data-theme="${theme}"] .count`)].map((c) => c.textContent);

describe('RegionThemes', () => {
	it('gives each region’s share with its count and size, regions in the source’s order', async () => {
		const { screen } = await renderWithView(panelAtlas, RegionThemes, {});
		const heads = [...screen.container.querySelectorAll('thead th[data-region]')].map((th) =>
			th.textContent?.replace(/\s+/g, ' ').trim()
		);
		expect(heads).toEqual(['Africa 1 place', 'Latin America 1 place', 'Europe 2 places']);
		expect(cellTexts(screen.container, 'gender')).toEqual(['0 of 1', '1 of 1', '2 of 2']);
		expect(cellTexts(screen.container, 'water')).toEqual(['1 of 1', '0 of 1', '0 of 2']);
		const bar = screen.container.querySelector(
			'tr[data-theme="monitoring"] [data-region="europe"] .bar'
		) as HTMLElement;
		expect(bar.style.width).toBe('100%');
	});

	it('drills down to the places behind a cell, which select on click', async () => {
		const { view, screen } = await renderWithView(panelAtlas, RegionThemes, {});
		const cell = screen.getByRole('button', { name: 'Gender, Europe: 2 of 2 places. Show them' });
		await cell.click();
		await expect.element(cell).toHaveAttribute('aria-expanded', 'true');
		const drill = screen.container.querySelector('#region-drill')!;
		expect(drill.textContent).toContain('Gender in Europe');
		expect([...drill.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Leda', 'Mira']);
		await screen.getByRole('link', { name: 'Mira' }).click();
		expect(view.place).toBe('mira');
	});

	it('counts only matching places, still over the whole region, and only chosen regions', async () => {
		const { view, screen } = await renderWithView(panelAtlas, RegionThemes, {});
		view.toggleGroup('women');
		view.toggleRegion('europe');
		await expect.poll(() => cellTexts(screen.container, 'gender')).toEqual(['1 of 2']);
	});
});

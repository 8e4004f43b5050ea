import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { MapUi } from './mapUi.svelte';
import { FilteredView, realAtlas } from './testing/testAtlas.svelte';
import SvgMapHost from './testing/SvgMapHost.svelte';

const centre = (element: Element) => {
	const box = element.getBoundingClientRect();
	return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
};

describe('SvgMap', () => {
	it('as the whole map (no WebGL), fades the places the filters leave out and frames the ones they keep', async () => {
		const atlas = realAtlas();
		const view = new FilteredView(atlas);
		const ui = new MapUi();
		const screen = await render(SvgMapHost, { props: { view, ui, projection: 'equal-earth' } });
		const symbol = (id: string) => screen.container.querySelector(`a[data-place="${id}"]`)!;
		await expect.poll(() => ui.positions.size).toBe(atlas.places.length);
		for (const place of atlas.places)
			expect(symbol(place.id).classList.contains('dimmed')).toBe(false);
		const [lyon, vienna] = [centre(symbol('lyon')), centre(symbol('vienna'))];

		view.matching = new Set(['lyon', 'vienna']);
		flushSync();
		for (const place of atlas.places)
			expect(symbol(place.id).classList.contains('dimmed'), place.id).toBe(
				!['lyon', 'vienna'].includes(place.id)
			);
		// Seine-Saint-Denis is left out, so its cooperation links fade too.
		for (const link of screen.container.querySelectorAll('.cooperation'))
			expect(link.classList.contains('dimmed')).toBe(true);
		// The view zoomed in on the two places kept: they now stand further apart.
		const [lyonAfter, viennaAfter] = [centre(symbol('lyon')), centre(symbol('vienna'))];
		expect(Math.hypot(viennaAfter.x - lyonAfter.x, viennaAfter.y - lyonAfter.y)).toBeGreaterThan(
			2 * Math.hypot(vienna.x - lyon.x, vienna.y - lyon.y)
		);

		view.matching = null;
		flushSync();
		expect(symbol('grigny').classList.contains('dimmed')).toBe(false);
	});

	it('as the first paint, fades but keeps the frame MapLibre takes over from', async () => {
		const atlas = realAtlas();
		const view = new FilteredView(atlas);
		const ui = new MapUi();
		const screen = await render(SvgMapHost, { props: { view, ui } });
		const symbol = (id: string) => screen.container.querySelector(`a[data-place="${id}"]`)!;
		await expect.poll(() => ui.positions.size).toBe(atlas.places.length);
		const before = centre(symbol('lyon'));
		view.matching = new Set(['lyon']);
		flushSync();
		expect(symbol('vienna').classList.contains('dimmed')).toBe(true);
		expect(centre(symbol('lyon'))).toEqual(before);
	});

	it('behind MapLibre, stops following the filters until it is shown again or printed', async () => {
		const atlas = realAtlas();
		const view = new FilteredView(atlas);
		const ui = new MapUi();
		const screen = await render(SvgMapHost, { props: { view, ui } });
		const dimmed = () =>
			[...screen.container.querySelectorAll('a[data-place].dimmed')].map((a) =>
				a.getAttribute('data-place')
			);
		const links = () => screen.container.querySelectorAll('.cooperation').length;
		await expect.poll(() => ui.positions.size).toBe(atlas.places.length);
		expect(links()).toBeGreaterThan(0);
		view.matching = new Set(atlas.places.map((p) => p.id).filter((id) => id !== 'lyon'));
		flushSync();
		expect(dimmed()).toEqual(['lyon']);

		await screen.rerender({ active: false });
		expect(links()).toBe(0);
		view.matching = new Set(['lyon']);
		flushSync();
		view.matching = new Set(['lyon', 'vienna']);
		flushSync();
		expect(dimmed()).toEqual(['lyon']);

		dispatchEvent(new Event('beforeprint'));
		const expected = atlas.places.map((p) => p.id).filter((id) => !['lyon', 'vienna'].includes(id));
		expect(dimmed().sort()).toEqual(expected.sort());
		expect(links()).toBeGreaterThan(0);
		dispatchEvent(new Event('afterprint'));
		flushSync();
		expect(links()).toBe(0);
		view.matching = null;
		flushSync();
		expect(dimmed().length).toBe(expected.length);

		await screen.rerender({ active: true });
		expect(dimmed()).toEqual([]);
	});

	it('selects a place on click and shows the arcs to the places sharing its themes', async () => {
		const atlas = realAtlas();
		const view = new FilteredView(atlas);
		const ui = new MapUi();
		const screen = await render(SvgMapHost, { props: { view, ui } });
		const grigny = screen.container.querySelector<SVGAElement>('a[data-place="grigny"]')!;
		grigny.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
		flushSync();
		expect(view.place).toBe('grigny');
		expect(grigny.getAttribute('aria-current')).toBe('true');
		const targets = [...screen.container.querySelectorAll('.shared')].map((arc) =>
			arc.getAttribute('data-to')
		);
		expect(targets.length).toBeGreaterThan(0);
		for (const id of targets)
			expect(
				atlas.themesByPlace.get(id!)!.some((t) => atlas.themesByPlace.get('grigny')!.includes(t))
			).toBe(true);
		ui.showSharedThemes = false;
		flushSync();
		expect(screen.container.querySelectorAll('.shared')).toHaveLength(0);
	});
});

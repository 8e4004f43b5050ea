import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { makeAtlas } from '$lib/analysis/testing/makeAtlas';
import { ViewState } from '$lib/state/viewState.svelte';
import WithView from '$lib/test/WithView.svelte';
import { MapUi } from './mapUi.svelte';
import PlaceButtons from './PlaceButtons.svelte';
import type { ScreenPlace } from './screenPlaces';

function setUp(count: number) {
	const places = Array.from({ length: count }, (_, i) => ({ id: `p${i}` }));
	const view = new ViewState(
		makeAtlas({
			themes: ['a'],
			places,
			practices: places.map((p) => ({ place: p.id, themes: ['a'] }))
		})
	);
	const ui = new MapUi();
	const at = (shift: number) =>
		new Map<string, ScreenPlace>(
			places.map((p, i) => [p.id, { id: p.id, x: 10 + (i % 50) * 4 + shift, y: 10 + i / 10, r: 4 }])
		);
	return { view, ui, at };
}

/** Where each link is laid, from the left. */
const lefts = () =>
	[...document.querySelectorAll<HTMLElement>('.place-buttons a[data-place]')].map((a) =>
		parseFloat(a.style.left)
	);

describe('PlaceButtons', () => {
	it('moves every link to where the map came to rest; the focused one follows the map as it moves', async () => {
		const { view, ui, at } = setUp(13);
		ui.settledPositions = at(0);
		await render(WithView, { props: { view, component: PlaceButtons, props: { ui } } });
		const before = lefts();
		ui.settledPositions = at(50);
		flushSync();
		expect(lefts()).toEqual(before.map((left) => left + 50));
		const links = document.querySelectorAll<HTMLElement>('.place-buttons a[data-place]');
		links[3]!.focus();
		ui.positions = at(80);
		flushSync();
		expect(lefts()).toEqual(before.map((left, i) => left + (i === 3 ? 80 : 50)));
	});

	it('hides (but keeps focusable) the link of a place off the map, and shows it when back', async () => {
		const { view, ui, at } = setUp(3);
		ui.settledPositions = at(0);
		await render(WithView, { props: { view, component: PlaceButtons, props: { ui } } });
		const link = document.querySelector<HTMLElement>('.place-buttons a[data-place="p1"]')!;
		expect(getComputedStyle(link).opacity).toBe('1');
		ui.settledPositions = new Map([...at(0)].filter(([id]) => id !== 'p1'));
		flushSync();
		expect(getComputedStyle(link).opacity).toBe('0');
		link.focus();
		expect(document.activeElement).toBe(link);
		// At rest the map gives both the same positions.
		ui.positions = ui.settledPositions = at(0);
		flushSync();
		expect(getComputedStyle(link).opacity).toBe('1');
	});
});

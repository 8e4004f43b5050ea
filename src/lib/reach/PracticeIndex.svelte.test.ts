import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import { buildAtlas } from '$lib/data/buildAtlas';
import { indexAtlas } from '$lib/data/atlas';
import { ViewState } from '$lib/state/viewState.svelte';
import WithView from '$lib/test/WithView.svelte';
import { smallFixture } from '$lib/test/fixtures';
import { panelAtlas } from '$lib/panels/testing/panelAtlas';
import { makeAtlas } from '$lib/analysis/testing/makeAtlas';
import { LIST_PAGE } from './listPage';
import PracticeIndex from './PracticeIndex.svelte';

function viewOf(lang: 'en' | 'fr' = 'en') {
	const { data } = buildAtlas(smallFixture);
	return new ViewState(indexAtlas(data!), { lang });
}

const entries = () => [...document.querySelectorAll<HTMLElement>('[data-place-entry]')];
const shown = () => entries().filter((entry) => !entry.hidden);

describe('PracticeIndex', () => {
	it('lists every place by name with its practices', async () => {
		await render(WithView, { view: viewOf(), component: PracticeIndex });
		await expect.element(page.getByRole('heading', { level: 2 })).toBeVisible();
		expect(entries().map((entry) => entry.dataset.placeEntry)).toEqual([
			'jenin',
			'seine-saint-denis',
			'utrecht'
		]);
		expect(entries()[0]!.querySelector('.meta')!.textContent).toBe('Palestine · 1 practice');
	});

	it('follows the filters by hiding entries and recounting, without rebuilding any', async () => {
		const view = viewOf();
		await render(WithView, { view, component: PracticeIndex });
		const before = [...document.querySelectorAll('[data-place-entry], [data-practice-entry]')];
		view.toggleTheme('gender');
		flushSync();
		expect(shown().map((entry) => entry.dataset.placeEntry)).toEqual([
			'jenin',
			'seine-saint-denis'
		]);
		view.q = 'nothing matches this';
		flushSync();
		expect(page.getByRole('region').query()).toBeNull();
		view.clearFilters();
		flushSync();
		expect(shown()).toHaveLength(3);
		expect([...document.querySelectorAll('[data-place-entry], [data-practice-entry]')]).toEqual(
			before
		);
	});

	it('shows many places a page at a time, focus going on to the first place added', async () => {
		const places = Array.from({ length: 130 }, (_, i) => ({
			id: `place-${String(i).padStart(3, '0')}`
		}));
		const view = new ViewState(
			makeAtlas({
				themes: ['a'],
				places,
				practices: places.map((p) => ({ place: p.id, themes: ['a'] }))
			})
		);
		await render(WithView, { view, component: PracticeIndex });
		expect(entries()).toHaveLength(LIST_PAGE);
		await expect.element(page.getByText('Showing 100 of 130')).toBeVisible();
		await page.getByRole('button', { name: 'Show 30 more places' }).click();
		expect(entries()).toHaveLength(130);
		expect(document.activeElement).toBe(entries()[100]!.querySelector('summary'));
		expect(page.getByRole('button').query()).toBeNull();
	});

	it('shows only the matching practices of an entry, whether it opens before or after a filter', async () => {
		const view = new ViewState(panelAtlas);
		await render(WithView, { view, component: PracticeIndex });
		const practices = () =>
			[...document.querySelectorAll<HTMLElement>('[data-place-entry="leda"] li')]
				.filter((li) => !li.hidden)
				.map((li) => li.dataset.practiceEntry);
		const summary = page.getByText('Leda', { exact: true });
		view.toggleTheme('gender');
		flushSync();
		// Opened after the filter: brought up to date as it opens, before it shows.
		await summary.click();
		expect(practices()).toEqual(['leda-observatory', 'leda-plan']);
		await expect.element(page.getByText('Equality plan')).toBeVisible();
		await expect.element(page.getByText('Ethical buying')).not.toBeVisible();
		// Open while the filters change: kept up to date.
		view.toggleTheme('gender');
		view.toggleTheme('procurement');
		flushSync();
		expect(practices()).toEqual(['leda-buying']);
		view.clearFilters();
		flushSync();
		expect(practices()).toEqual(['leda-observatory', 'leda-plan', 'leda-buying']);
		// Opened by other means than its summary (find in page, a script): up to date as well.
		await summary.click();
		view.toggleTheme('procurement');
		flushSync();
		const entry = document.querySelector<HTMLDetailsElement>('[data-place-entry="leda"]')!;
		entry.open = true;
		await expect.poll(practices).toEqual(['leda-buying']);
	});

	it('writes its entries in the reader’s language', async () => {
		await render(WithView, { view: viewOf('fr'), component: PracticeIndex });
		expect(entries()[0]!.querySelector('h3')!.textContent).toBe('Jénine');
		expect(entries()[0]!.querySelector('.meta')!.textContent).toBe('Palestine · 1 pratique');
	});
});

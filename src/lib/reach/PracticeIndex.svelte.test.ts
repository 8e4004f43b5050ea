import { describe, expect, it } from 'vitest';
import { panelAtlas } from '$lib/panels/testing/panelAtlas';
import { renderWithView } from '$lib/panels/testing/renderWithView';
import PracticeIndex from './PracticeIndex.svelte';
import { practiceIndexHtml, type IndexPlace } from './practiceIndexHtml';

const place = (over: Partial<IndexPlace> = {}): IndexPlace => ({
	id: 'lyon',
	name: { text: 'Lyon' },
	meta: 'France · 2 practices',
	open: false,
	practices: [
		{
			id: 'lyon-1',
			title: { text: 'A council of residents' },
			summary: { text: 'In our words.', lang: 'en' },
			themes: 'Participation · Monitoring'
		}
	],
	...over
});

/** The entries as the browser reads them. */
function parse(html: string): HTMLElement {
	const template = document.createElement('template');
	template.innerHTML = html;
	const root = document.createElement('div');
	root.append(template.content);
	return root;
}

describe('practiceIndexHtml', () => {
	it('writes one disclosure per place, its practices inside, languages marked where they differ', () => {
		const html = practiceIndexHtml([
			place(),
			place({ id: 'vienna', name: { text: 'Wien', lang: 'de' }, practices: [], open: true })
		]);
		expect(html).toBe(
			'<details data-place-entry="lyon"><summary><h3>Lyon</h3><span class="meta">France · 2 practices</span></summary>' +
				'<ul><li data-practice-entry="lyon-1"><h4>A council of residents</h4><p lang="en">In our words.</p>' +
				'<p class="meta">Participation · Monitoring</p></li></ul></details>' +
				'<details data-place-entry="vienna" open><summary><h3 lang="de">Wien</h3><span class="meta">France · 2 practices</span></summary><ul></ul></details>'
		);
		expect(practiceIndexHtml([])).toBe('');
	});

	it('shows hostile text as text: no element, attribute or comment comes out of the data', () => {
		const hostile = '"><img src=x onerror=alert(1)><!----><script>alert(2)</script>&amp;';
		const root = parse(
			practiceIndexHtml([
				place({
					id: hostile,
					name: { text: hostile, lang: `en" onclick="alert(3)` },
					meta: hostile,
					practices: [
						{ id: hostile, title: { text: hostile }, summary: { text: hostile }, themes: hostile }
					]
				})
			])
		);
		expect(root.querySelectorAll('img, script, [onclick], [onerror]')).toHaveLength(0);
		expect([...root.querySelectorAll('*')].map((el) => el.tagName.toLowerCase())).toEqual([
			'details',
			'summary',
			'h3',
			'span',
			'ul',
			'li',
			'h4',
			'p',
			'p'
		]);
		for (const selector of ['h3', 'summary .meta', 'h4', 'li p:not(.meta)', 'li .meta'])
			expect(root.querySelector(selector)!.textContent).toBe(hostile);
		expect(root.querySelector('details')!.dataset.placeEntry).toBe(hostile);
		expect(root.querySelector('h3')!.getAttribute('lang')).toBe(`en" onclick="alert(3)`);
		// Svelte ends an {@html} block at an empty comment: the data can never write one.
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
		expect(walker.nextNode()).toBeNull();
	});
});

describe('PracticeIndex', () => {
	const entries = (container: HTMLElement, kind: 'place' | 'practice') =>
		[...container.querySelectorAll<HTMLElement>(`[data-${kind}-entry]`)].map(
			(el) => el.dataset[`${kind}Entry`]
		);

	it('lists every place and practice in the page language, and follows the filters', async () => {
		const { view, screen } = await renderWithView(panelAtlas, PracticeIndex, {}, { lang: 'fr' });
		const { container } = screen;
		expect(entries(container, 'place')).toEqual(['leda', 'mira', 'nuno', 'oko']);
		expect(container.querySelector('[data-place-entry="nuno"] h3')!.outerHTML).toBe(
			'<h3>Nunó</h3>'
		);
		// English where the data has no French, said so for screen readers.
		expect(container.querySelector('[data-place-entry="leda"] h3')!.getAttribute('lang')).toBe(
			'en'
		);
		expect(
			container.querySelector('[data-practice-entry="leda-observatory"] h4')!.textContent
		).toBe('Observatoire des violences');

		view.toggleTheme('monitoring');
		await expect.poll(() => entries(container, 'place')).toEqual(['leda', 'mira']);
		expect(entries(container, 'practice')).toEqual(['leda-observatory', 'mira-monitor']);
		expect(container.querySelector('[data-place-entry="leda"] .meta')!.textContent).toMatch(
			/· 1 pratique$/
		);
		view.toggleTheme('monitoring');
		await expect.poll(() => entries(container, 'place')).toEqual(['leda', 'mira', 'nuno', 'oko']);
	});

	it('keeps the entries the reader opened open, and the others closed, as the filters change', async () => {
		const { view, screen } = await renderWithView(panelAtlas, PracticeIndex, {});
		const entry = (id: string) =>
			screen.container.querySelector<HTMLDetailsElement>(`[data-place-entry="${id}"]`)!;
		// The browser tells of an entry opened or closed in a task of its own, as a reader's click would.
		const click = (id: string) =>
			new Promise((toggled) => {
				entry(id).addEventListener('toggle', toggled, { once: true });
				entry(id).querySelector('summary')!.click();
			});
		await click('mira');
		await click('leda');
		await click('leda');
		expect([entry('mira').open, entry('leda').open]).toEqual([true, false]);
		view.toggleTheme('monitoring');
		await expect.poll(() => entry('oko')).toBeNull();
		expect([entry('mira').open, entry('leda').open]).toEqual([true, false]);
		view.toggleTheme('monitoring');
		await expect.poll(() => entry('oko')?.open).toBe(false);
		expect(entry('mira').open).toBe(true);
	});

	it('is left out when nothing matches', async () => {
		const { view, screen } = await renderWithView(panelAtlas, PracticeIndex, {});
		view.q = 'nothing matches this';
		await expect.poll(() => screen.container.querySelector('.practice-index')).toBeNull();
	});
});

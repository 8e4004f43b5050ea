import { describe, expect, it } from 'vitest';
import { kitVisitOrder, listStaticImportsFirst } from '../../scripts/staticImportsFirstPlugin.js';

/**
 * A place's page: its entry imports the explorer and the panel; the explorer's map chunk imports
 * the panel lazily (for the home page), and the panel has a style sheet.
 */
const placePage = () => ({
	'nodes/4.js': { file: 'n4.js', isEntry: true, imports: ['_explorer.js', '_panel.js'] },
	'_explorer.js': { file: 'e.js', imports: ['_map.js'], css: ['explorer.css'] },
	'_map.js': { file: 'm.js', dynamicImports: ['_panel.js', '_maplibre.js'] },
	'_panel.js': { file: 'p.js', imports: ['_chart.js'], css: ['panel.css'] },
	'_chart.js': { file: 'c.js' },
	'_maplibre.js': { file: 'ml.js', isDynamicEntry: true, css: ['maplibre.css'] }
});

describe('the browser manifest, as SvelteKit walks it', () => {
	it('meets the panel lazily first when the entry lists it after the explorer', () => {
		const met = kitVisitOrder(placePage(), 'nodes/4.js');
		expect(met.get('_panel.js')).toBe(false);
		expect(met.get('_chart.js')).toBe(false);
		expect(met.get('_map.js')).toBe(true);
	});

	it('meets every chunk the entry imports as an import once rewritten, and lazy chunks lazily', () => {
		const manifest = listStaticImportsFirst(placePage());
		const met = kitVisitOrder(manifest, 'nodes/4.js');
		for (const chunk of ['_explorer.js', '_map.js', '_panel.js', '_chart.js'])
			expect(met.get(chunk), chunk).toBe(true);
		expect(met.get('_maplibre.js')).toBe(false);
	});

	it('lists only what the entry imports anyway, and leaves other chunks alone', () => {
		const before = placePage();
		const after = listStaticImportsFirst(placePage());
		expect(new Set(after['nodes/4.js']?.imports)).toEqual(
			new Set(['_explorer.js', '_map.js', '_panel.js', '_chart.js'])
		);
		for (const key of Object.keys(before).filter((k) => k !== 'nodes/4.js'))
			expect(after[key as keyof typeof after], key).toEqual(before[key as keyof typeof before]);
	});

	it('keeps the best order it finds when lazy imports go both ways', () => {
		// The chart lazily imports the map, which lazily imports the panel that imports the chart.
		const cyclic = () => ({
			...placePage(),
			'_chart.js': { file: 'c.js', dynamicImports: ['_map.js'] }
		});
		const lazyFirst = (manifest: Parameters<typeof kitVisitOrder>[0]) =>
			[...kitVisitOrder(manifest, 'nodes/4.js')].filter(([, eager]) => !eager).length;
		expect(lazyFirst(listStaticImportsFirst(cyclic()))).toBeLessThan(lazyFirst(cyclic()));
	});
});

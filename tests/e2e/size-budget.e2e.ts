import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { firstPaintJs, type FirstPaintJs } from '../../scripts/bench/firstPaintJs';

// The build the suite serves: playwright.config.ts builds it before any test runs, so pages are
// looked up inside the tests, never when the file is loaded.
const buildDir = process.env.ATLAS_BUILD_DIR || 'build';
const KB = 1024;
/** Budget of the JavaScript needed for first paint, gzipped (issue 8). */
const BUDGET = 60 * KB;
/**
 * The budget is met on /embed (59.2 KB) and missed on / (67.5 KB) and on a place's page (76.2 KB,
 * which prerenders its panel; see BENCHMARKS.md for why). Until a page meets it, its first-paint
 * JavaScript may shrink but not grow beyond its `today`: lower it as it shrinks, and delete it once
 * the page meets the budget. A place's page was let grow once, by 0.2 KB, for the index of places
 * by theme that its panel reads (with the panel's lists keyed by rank, a selection at 10,000
 * places went from 140 to 110 ms).
 */
const PAGES: { name: string; today?: number; find: () => string | undefined }[] = [
	{ name: 'the explorer (/)', today: 67.75 * KB, find: () => 'index.html' },
	{
		name: 'the embed (/embed)',
		find: () => (existsSync(join(buildDir, 'embed.html')) ? 'embed.html' : undefined)
	},
	{
		name: 'a place page (/place/…)',
		today: 76.5 * KB,
		find: () => {
			const dir = join(buildDir, 'place');
			const page = existsSync(dir)
				? readdirSync(dir).find((name) => name.endsWith('.html'))
				: undefined;
			return page && `place/${page}`;
		}
	}
];

function weigh(name: string, find: () => string | undefined): FirstPaintJs & { listing: string } {
	const page = find();
	test.skip(page === undefined, `${name} is not built`);
	const js = firstPaintJs(buildDir, page!);
	expect(js.scripts.length, 'the page names no script at all').toBeGreaterThan(0);
	const listing = js.scripts
		.map((s) => `${s.file} ${(s.gzip / KB).toFixed(1)} KB${s.maplibre ? ' (MapLibre)' : ''}`)
		.join(', ');
	return { ...js, listing: `${(js.gzip / KB).toFixed(1)} KB gzip: ${listing}` };
}

for (const { name, today, find } of PAGES) {
	test(`${name}: MapLibre is not among the JavaScript of first paint`, () => {
		const { scripts, listing } = weigh(name, find);
		expect(
			scripts.filter((s) => s.maplibre).map((s) => s.file),
			listing
		).toEqual([]);
	});

	if (today !== undefined)
		test(`${name}: the JavaScript of first paint does not grow beyond today's`, () => {
			const { gzip, listing } = weigh(name, find);
			expect(gzip, listing).toBeLessThanOrEqual(today);
		});

	test(`${name}: the JavaScript of first paint is at most 60 KB gzip`, () => {
		test.fail(today !== undefined, 'over budget today: see BENCHMARKS.md');
		const { gzip, listing } = weigh(name, find);
		expect(gzip, listing).toBeLessThanOrEqual(BUDGET);
	});
}

for (const { name, find } of PAGES)
	test(`${name}: no style sheet request holds back first paint (its CSS is inline)`, () => {
		const page = find();
		test.skip(page === undefined, `${name} is not built`);
		const html = readFileSync(join(buildDir, page!), 'utf8');
		// SvelteKit keeps a disabled link per inlined sheet, so that a chunk loaded later does not fetch it again.
		const linked = (html.match(/<link\b[^>]*>/g) ?? []).filter(
			(tag) => /\brel="stylesheet"/.test(tag) && !/\bdisabled\b/.test(tag)
		);
		expect(linked).toEqual([]);
	});

for (const { name, find } of PAGES)
	test(`${name}: every component it prerenders comes with its style (no unstyled first paint)`, () => {
		const page = find();
		test.skip(page === undefined, `${name} is not built`);
		const html = readFileSync(join(buildDir, page!), 'utf8');
		const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)]
			.map((m) => m[1])
			.join('');
		// Svelte marks the elements its scoped rules style with the component's class.
		const scoped = new Set(
			html.replace(/<style\b[\s\S]*?<\/style>/g, '').match(/svelte-[a-z0-9]+/g)
		);
		expect([...scoped].filter((name) => !inline.includes(name))).toEqual([]);
	});

test('the site ships one copy of MapLibre’s style sheet, which no page links', () => {
	const assets = join(buildDir, '_app/immutable/assets');
	const copies = readdirSync(assets).filter((f) => /^maplibre-gl\..*\.css$/.test(f));
	expect(copies).toHaveLength(1);
	for (const page of ['index.html', 'embed.html'])
		expect(readFileSync(join(buildDir, page), 'utf8')).not.toContain(copies[0]);
});

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { firstPaintJs } from '../../scripts/bench/firstPaintJs';

// The build the suite serves: playwright.config.ts builds it before any test runs, so pages are
// looked up inside the tests, never when the file is loaded.
const buildDir = process.env.ATLAS_BUILD_DIR || 'build';
/** Budget of the JavaScript needed for first paint, gzipped (issue 8). */
const FIRST_PAINT_JS_BUDGET = 60 * 1024;

const PAGES: { name: string; find: () => string | undefined }[] = [
	{ name: 'the explorer (/)', find: () => 'index.html' },
	{
		name: 'the embed (/embed)',
		find: () => (existsSync(join(buildDir, 'embed.html')) ? 'embed.html' : undefined)
	},
	{
		name: 'a place page (/place/…)',
		find: () => {
			const dir = join(buildDir, 'place');
			const page = existsSync(dir)
				? readdirSync(dir).find((name) => name.endsWith('.html'))
				: undefined;
			return page && `place/${page}`;
		}
	}
];

for (const { name, find } of PAGES) {
	test(`${name}: first paint needs at most 60 KB of gzipped JavaScript, none of it MapLibre`, () => {
		const page = find();
		test.skip(page === undefined, `${name} is not built yet`);
		const { scripts, gzip } = firstPaintJs(buildDir, page!);
		const listing = scripts
			.map((s) => `${s.file} ${(s.gzip / 1024).toFixed(1)} KB${s.maplibre ? ' (MapLibre)' : ''}`)
			.join(', ');
		expect(scripts.length, 'the page names no script at all').toBeGreaterThan(0);
		expect(
			scripts.filter((s) => s.maplibre).map((s) => s.file),
			`MapLibre must load after first paint: ${listing}`
		).toEqual([]);
		expect(gzip, `${(gzip / 1024).toFixed(1)} KB gzip: ${listing}`).toBeLessThanOrEqual(
			FIRST_PAINT_JS_BUDGET
		);
	});
}

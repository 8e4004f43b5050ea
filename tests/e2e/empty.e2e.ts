/** A data folder with headers only builds, and shows an empty map with a clear message. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LANGS } from '../../src/lib/data/types';
import { buildSite, pagesOf, type Site } from '../support/site';

let site: Site;

test.beforeAll(async () => {
	test.setTimeout(600_000);
	site = await buildSite('tests/fixtures/empty');
});
test.afterAll(async () => site?.close());

test('the build has the home pages and the data files, and no place page', async ({ request }) => {
	const pages = pagesOf(site.dir);
	expect(pages).toEqual(expect.arrayContaining(['/', '/es', '/fr']));
	expect(pages.filter((path) => path.includes('/place/'))).toEqual([]);
	const atlas = await (await request.get(`${site.url}data/atlas.json`)).json();
	expect(atlas.places).toEqual([]);
});

for (const lang of LANGS) {
	test(`/${lang === 'en' ? '' : lang}: an empty map and "no places yet"`, async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
		const noPlaces = JSON.parse(readFileSync(`messages/${lang}/common.json`, 'utf8'))
			.no_places as string;

		await page.goto(`${site.url}${lang === 'en' ? '' : lang}`, { waitUntil: 'networkidle' });
		await expect(page.getByText(noPlaces)).toBeVisible();
		await expect(page.locator('.map-view svg.svg-map')).toBeVisible();
		await expect(page.locator('.map-view [data-place]')).toHaveCount(0);
		expect(errors).toEqual([]);
	});
}

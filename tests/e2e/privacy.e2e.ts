/**
 * Every page of the built site, as listed in the build folder: no request leaves the site's
 * origin and no cookie is set.
 */
import { expect, test } from '@playwright/test';
import { pagesOf } from '../support/site';

const pages = pagesOf(process.env.ATLAS_BUILD_DIR || 'build');

test('no page sends a request to another origin or sets a cookie', async ({ browser, baseURL }) => {
	test.setTimeout(60_000 + pages.length * 15_000);
	expect(pages).toEqual(expect.arrayContaining(['/', '/fr', '/es']));
	expect(pages.some((path) => path.startsWith('/place/'))).toBe(true);

	const origin = new URL(baseURL!).origin;
	const context = await browser.newContext();
	const foreign: string[] = [];
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (['data:', 'blob:'].includes(url.protocol)) return;
		if (url.origin !== origin) foreign.push(`${request.url()} (from ${request.frame().url()})`);
	});
	const page = await context.newPage();
	for (const path of pages) {
		await page.goto(new URL(`.${path}`, baseURL).href, { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => document.cookie), path).toBe('');
	}
	expect(foreign).toEqual([]);
	expect(await context.cookies()).toEqual([]);
	await context.close();
});

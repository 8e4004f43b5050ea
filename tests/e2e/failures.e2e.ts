/**
 * Failures at run time, in Chromium: an optional basemap that is down, slow or not a style; the
 * WebGL context lost; a published file of the site missing or corrupt. Each must end in a working
 * map (the places shown and selectable) and, where something is missing, a clear message: never a
 * blank page, never an uncaught error.
 *
 * The site's data is built into its pages, so at run time the published files a page fetches are
 * the basemap (`basemap/countries-110m.geojson`, and `-50m` when zoomed in) and, for SvelteKit's
 * client-side navigations and link preloading, each page's `__data.json`. `data/atlas.json` and the
 * other exports are downloads, never read by a page.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serve } from '../../scripts/serve.js';
import { reachForMap } from '../support/reachForMap';

const port = Number(process.env.E2E_PORT || 4173);
const site = `http://127.0.0.1:${port}/`;
const PLACES = 13;

function watch(page: Page) {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return problems;
}

/** The places are on the map (as SVG or WebGL) and in the list, and one can be opened. */
async function expectWorkingMap(page: Page) {
	await expect(page.locator('.place-list li')).toHaveCount(PLACES);
	await expect
		.poll(() =>
			page.evaluate(() =>
				[...document.querySelectorAll('.map-view svg, .map-view canvas')].some(
					(el) => el.checkVisibility() && el.getBoundingClientRect().width > 100
				)
			)
		)
		.toBe(true);
	await page.locator('.place-list a').first().click();
	await expect(page.locator('.place-panel h2')).toBeVisible();
}

/** The map says, in its notice, what happened. */
const mapNotice = (page: Page, key: string) =>
	page.locator(`.map-view .map-notice[data-notice="${key}"]`);

test.describe('an optional basemap that fails', () => {
	// The map reads `basemap=`: only a file of the site itself; refused or failed, the bundled
	// basemap stays, with a notice. Same-origin addresses are answered here by the test.
	const STYLE = {
		version: 8,
		sources: { empty: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
		layers: [{ id: 'paper', type: 'background', paint: { 'background-color': '#f4f1ea' } }]
	};
	const cases: {
		name: string;
		path: string;
		answer?: (route: import('@playwright/test').Route) => Promise<void>;
		notice: string | null;
	}[] = [
		{
			name: 'a valid style (control)',
			path: 'styles/ok.json',
			answer: (route) => route.fulfill({ json: STYLE }),
			notice: null
		},
		{
			name: 'down (connection refused)',
			path: 'styles/down.json',
			answer: (route) => route.abort('connectionrefused'),
			notice: 'map_basemap_failed'
		},
		{
			name: 'not found',
			path: 'styles/missing.json',
			notice: 'map_basemap_failed'
		},
		{
			name: 'slower than the timeout',
			path: 'styles/slow.json',
			answer: async (route) => {
				await new Promise((done) => setTimeout(done, 9000));
				await route.fulfill({ json: STYLE }).catch(() => {});
			},
			notice: 'map_basemap_failed'
		},
		{
			name: 'not a style (JSON)',
			path: 'styles/invalid.json',
			answer: (route) => route.fulfill({ json: { hello: 'world' } }),
			notice: 'map_basemap_failed'
		},
		{
			name: 'not a style (HTML)',
			path: 'styles/page.json',
			answer: (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Not here</h1>' }),
			notice: 'map_basemap_failed'
		},
		{
			name: 'on another origin (127.0.0.1, another port)',
			path: `http://127.0.0.1:${port + 5}/style.json`,
			notice: 'map_basemap_refused'
		},
		{ name: 'a javascript: address', path: 'javascript:alert(1)', notice: 'map_basemap_refused' },
		{
			name: 'a data: address',
			path: `data:application/json,${encodeURIComponent(JSON.stringify(STYLE))}`,
			notice: 'map_basemap_refused'
		}
	];
	for (const { name, path, answer, notice } of cases)
		test(name, async ({ page }) => {
			test.setTimeout(60_000);
			const problems = watch(page);
			const foreign: string[] = [];
			page.on(
				'request',
				(r) => !r.url().startsWith(site) && !r.url().startsWith('data:') && foreign.push(r.url())
			);
			if (answer) await page.route(new URL(path, site).href, answer);
			await page.goto(`${site}?basemap=${encodeURIComponent(path)}`);
			await reachForMap(page.locator('.map-view'));
			if (notice) await expect(mapNotice(page, notice)).toBeVisible({ timeout: 15_000 });
			else {
				await page.waitForTimeout(1500);
				const said = await page
					.locator('.map-view .map-notice')
					.getAttribute('data-notice', { timeout: 100 })
					.catch(() => null);
				expect(said).toBeNull();
			}
			await expectWorkingMap(page);
			expect(foreign).toEqual([]);
			expect(problems).toEqual([]);
		});
});

test('the WebGL context lost: the SVG map takes over, with a notice', async ({ page }) => {
	const problems = watch(page);
	await page.goto(site);
	await reachForMap(page.locator('.map-view'));
	const lost = await page.evaluate(() => {
		const canvas = document.querySelector<HTMLCanvasElement>('.map-view canvas')!;
		const gl = canvas.getContext('webgl2');
		const extension = gl?.getExtension('WEBGL_lose_context');
		extension?.loseContext();
		return Boolean(extension);
	});
	expect(lost).toBe(true);
	await expect(page.locator('.map-view')).toHaveAttribute('data-renderer', 'svg');
	await expect(mapNotice(page, 'map_webgl_failed')).toBeVisible();
	await expect(page.locator('.map-view svg .place[data-place]')).toHaveCount(PLACES);
	await expectWorkingMap(page);
	expect(problems).toEqual([]);
});

test.describe('a published file missing or corrupt', () => {
	const servers: Server[] = [];
	const dirs: string[] = [];
	test.afterAll(async () => {
		await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
		for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	});

	/** A copy of the built site, damaged, served on a port of its own. */
	async function damagedSite(damage: (dir: string) => void) {
		const dir = mkdtempSync(join(tmpdir(), 'hrc-damaged-'));
		dirs.push(dir);
		cpSync('build', dir, { recursive: true });
		damage(dir);
		const { server, url } = await serve({ dir, port: 0 });
		servers.push(server);
		return url;
	}
	const dataFiles = (dir: string) =>
		(readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('__data.json'));

	const basemap = 'basemap/countries-110m.geojson';
	const damages: [string, (dir: string) => void][] = [
		['the basemap missing', (dir) => rmSync(join(dir, basemap))],
		['the basemap truncated', (dir) => writeFileSync(join(dir, basemap), '{"type":"Feature')],
		['the basemap not GeoJSON', (dir) => writeFileSync(join(dir, basemap), '<html>oops</html>')],
		['the detailed basemap missing', (dir) => rmSync(join(dir, 'basemap/countries-50m.geojson'))],
		['every __data.json missing', (dir) => dataFiles(dir).forEach((f) => rmSync(join(dir, f)))],
		[
			'every __data.json corrupt',
			(dir) => dataFiles(dir).forEach((f) => writeFileSync(join(dir, f), '{"type":"data","nod'))
		]
	];
	for (const [name, damage] of damages)
		test(`${name}: the places still show and open`, async ({ page }) => {
			test.setTimeout(60_000);
			const root = await damagedSite(damage);
			const problems = watch(page);
			const fetched: string[] = [];
			page.on(
				'requestfinished',
				(r) => /__data\.json|basemap\//.test(r.url()) && fetched.push(r.url())
			);
			await page.goto(root);
			await expectWorkingMap(page);
			// Hover links (SvelteKit preloads a page's data on hover), go back and forward,
			// select with the map: no error page, no uncaught error.
			const links = page.locator('.place-list a[href], .map-view a[href], footer a[href]');
			for (const link of (await links.all()).slice(0, 8))
				await link.hover({ timeout: 2000 }).catch(() => {});
			await page.goBack();
			await expect(page.locator('.place-panel')).toHaveCount(0);
			await page.goForward();
			await expect(page.locator('.place-panel h2')).toBeVisible();
			await page.locator('.map-view [data-place]').first().dispatchEvent('click');
			await expect(page.locator('.place-list li')).toHaveCount(PLACES);
			await expect(page.locator('body')).not.toContainText(/^\s*(404|500)\b/);
			expect(problems).toEqual([]);
			// What the page asked for, for the record: a file it never fetches cannot break it.
			test.info().annotations.push({ type: 'fetched', description: fetched.join(' ') || 'none' });
		});

	test('the basemap missing: the map says so', async ({ page }) => {
		const root = await damagedSite((dir) => rmSync(join(dir, basemap)));
		await page.goto(root);
		// The SVG map carries its land in the page; MapLibre, once reached for, asks for the file.
		// (A pointer that arrives before the page runs is seen only when it moves again.)
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
		await page.locator('.map-view').hover({ force: true });
		const notice = page.locator('.map-view .map-notice[data-notice="map_basemap_missing"]');
		await expect(notice).toBeVisible({ timeout: 15_000 });
		await expectWorkingMap(page);
		// Trying again asks for the outlines again (still missing: the notice comes back).
		const asked = page.waitForRequest((r) => r.url().includes(basemap));
		await notice.getByRole('button', { name: 'Try again' }).click();
		await asked;
		await expect(notice).toBeVisible();
	});
});

import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { reachForMap } from '../support/reachForMap';

/** Fails the test on any page error or console error, and on any request to another origin or for page data. */
function watch(page: Page) {
	const errors: string[] = [];
	const foreign: string[] = [];
	const dataLoads: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (
			!['127.0.0.1', 'localhost'].includes(url.hostname) &&
			!['data:', 'blob:'].includes(url.protocol)
		)
			foreign.push(request.url());
		if (url.pathname.endsWith('__data.json')) dataLoads.push(url.pathname);
	});
	return { errors, foreign, dataLoads };
}

async function atlas(page: Page) {
	const response = await page.request.get('data/atlas.json');
	return (await response.json()) as {
		places: { id: string; name: { en: string }; region: string }[];
		practices: { id: string; place: string; themes: string[] }[];
	};
}

const panelTitle = (page: Page) => page.locator('.place-panel h2');
const status = (page: Page) => page.locator('.filters [role="status"]');
const pathAndQuery = (page: Page) => {
	const url = new URL(page.url());
	return url.pathname + url.search;
};

async function openFacet(page: Page, name: string) {
	await page.locator(`[data-facet="${name}"] summary`).click();
}

test('open a place from the map, follow a shared theme, switch to the matrix and back, with history', async ({
	page
}) => {
	const { errors, foreign, dataLoads } = watch(page);
	await page.goto('./');
	await reachForMap(page.locator('.map-view'));
	// Mark the map object: if the map were rebuilt, the mark would be gone.
	await page.evaluate(
		() => ((window as unknown as { __hrcMap: { marked?: boolean } }).__hrcMap.marked = true)
	);

	// Open Mexico City from the map: click where MapLibre draws it.
	const point = await page.evaluate(() => {
		const map = (
			window as unknown as {
				__hrcMap: { project: (ll: [number, number]) => { x: number; y: number } };
			}
		).__hrcMap;
		return map.project([-99.13, 19.43]);
	});
	const box = (await page.locator('.map-view canvas').first().boundingBox())!;
	await page.mouse.click(box.x + point.x, box.y + point.y);
	await expect(panelTitle(page)).toHaveText('Mexico City');
	await expect.poll(() => pathAndQuery(page)).toBe('/place/mexico-city');

	// Follow a shared theme to another place.
	const data = await atlas(page);
	const withProcurement = new Set(
		data.practices.filter((p) => p.themes.includes('procurement')).map((p) => p.place)
	);
	const others = data.places
		.filter((p) => withProcurement.has(p.id) && p.id !== 'mexico-city')
		.map((p) => p.name.en);
	expect(others).toContain('Terrassa');
	const procurement = page.locator('.shared-themes [data-theme="procurement"]');
	await expect(procurement.locator('a')).toHaveText(
		others.sort((a, b) => a.localeCompare(b, 'en'))
	);
	await procurement.getByRole('link', { name: 'Terrassa' }).click();
	await expect(panelTitle(page)).toHaveText('Terrassa');
	await expect(panelTitle(page)).toBeFocused();
	await expect.poll(() => pathAndQuery(page)).toBe('/place/terrassa');
	await expect(page).toHaveTitle('Terrassa · Human Rights Cities Map');

	// Closest to Terrassa, in one click: the similar places chart, with its measure stated.
	const bars = page.locator('.similar .bars a');
	await expect(bars.first()).toHaveText(/^San Antonio\s*4 themes in common, index 0\.80$/);
	await expect(page.locator('.similar')).toContainText('Jaccard index');

	// Switch to the matrix and back.
	await page.getByRole('tab', { name: 'Places × themes' }).click();
	await expect(page.locator('[role="tabpanel"]')).toHaveAttribute('data-view', 'matrix');
	await expect(page.locator('tr[data-place-row]')).toHaveCount(13);
	await expect.poll(() => pathAndQuery(page)).toBe('/place/terrassa?view=matrix');
	await page.goBack();
	await expect(page.locator('[role="tabpanel"]')).toHaveAttribute('data-view', 'regions');
	await expect(page.getByRole('tab', { name: 'Themes by region' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await page.goBack();
	await expect(panelTitle(page)).toHaveText('Mexico City');
	await page.goForward();
	await expect(panelTitle(page)).toHaveText('Terrassa');

	// Selecting and switching never reloaded the data nor rebuilt the map.
	expect(
		await page.evaluate(
			() => (window as unknown as { __hrcMap: { marked?: boolean } }).__hrcMap.marked
		)
	).toBe(true);
	expect(dataLoads).toEqual([]);
	expect(errors).toEqual([]);
	expect(foreign).toEqual([]);
});

test('filter by a theme and a region, and a reload gives the same view', async ({ page }) => {
	const { errors } = watch(page);
	await page.goto('./');
	await expect(status(page)).toHaveText('13 places, 76 practices');

	await openFacet(page, 'themes');
	await page.getByRole('checkbox', { name: 'Gender mainstreaming' }).check();
	await openFacet(page, 'regions');
	await page.getByRole('checkbox', { name: 'Latin America' }).check();
	await expect(status(page)).toHaveText(/^4 places, \d+ practices$/);
	const summary = await status(page).textContent();
	await expect(page.locator('.place-list a[data-place]:visible')).toHaveText([
		/^Mexico City/,
		/^Quilmes/,
		/^San Antonio/,
		/^São Paulo/
	]);
	await page.locator('.place-list a[data-place="quilmes"]').click();
	await page.getByRole('tab', { name: 'Network' }).click();
	await expect
		.poll(() => pathAndQuery(page))
		.toBe('/place/quilmes?themes=gender&regions=latin-america&view=network');

	await page.reload();
	await expect(panelTitle(page)).toHaveText('Quilmes');
	await expect(status(page)).toHaveText(summary!);
	await expect(page.locator('[role="tabpanel"]')).toHaveAttribute('data-view', 'network');
	await expect(page.locator('a.node.faded')).toHaveCount(9);
	await openFacet(page, 'themes');
	await expect(page.getByRole('checkbox', { name: 'Gender mainstreaming' })).toBeChecked();

	await page.getByRole('button', { name: 'Clear all filters' }).click();
	await expect(status(page)).toHaveText('13 places, 76 practices');
	await expect.poll(() => pathAndQuery(page)).toBe('/place/quilmes?view=network');
	expect(errors).toEqual([]);
});

test('a search ignores accents, and typing makes one history entry', async ({ page }) => {
	await page.goto('./?view=matrix');
	await expect(page.locator('[role="tabpanel"]')).toHaveAttribute('data-view', 'matrix');
	await page.getByLabel('Search places and practices').pressSequentially('sao paulo');
	await expect(status(page)).toHaveText(/^1 place, \d+ practices$/);
	await expect(page.locator('.place-list a[data-place]:visible')).toHaveText([/^São Paulo/]);
	await expect.poll(() => pathAndQuery(page)).toBe('/?q=sao%20paulo&view=matrix');
	await page.getByLabel('Search places and practices').fill('zzzz');
	await expect(page.locator('.place-list')).toContainText('No place matches these filters.');
	await page.goBack();
	await expect(page.getByLabel('Search places and practices')).toHaveValue('');
	await expect(status(page)).toHaveText('13 places, 76 practices');
});

test('a pasted link with unknown values shows what it can and says what it left out', async ({
	page
}) => {
	const { errors } = watch(page);
	await page.goto('./fr?themes=gender,gendr&view=pie&place=atlantis&regions=europe');
	const notice = page.locator('.address-notice');
	await expect(notice).toContainText('thèmes « gendr »');
	await expect(notice).toContainText('vue « pie »');
	await expect(notice).toContainText('lieu « atlantis »');
	await expect(status(page)).toHaveText(/^\d+ lieux, \d+ pratiques$/);
	await expect.poll(() => pathAndQuery(page)).toBe('/fr?themes=gender&regions=europe');
	await notice.getByRole('button', { name: 'Fermer' }).click();
	await expect(notice).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('inside a frame, the view follows the address without adding to the host page’s history', async ({
	page,
	baseURL
}) => {
	await page.setContent(
		`<iframe src="${baseURL}embed?place=jenin" width="900" height="900"></iframe>`
	);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('.place-panel h2')).toHaveText('Jenin');
	const before = await page.evaluate(() => history.length);
	await frame.locator('.place-panel .shared-themes a').first().click();
	await expect(frame.locator('.place-panel h2')).not.toHaveText('Jenin');
	const url = new URL(page.frames()[1]!.url());
	expect(url.pathname + url.search).toMatch(/^\/embed\?place=(?!jenin)/);
	expect(await page.evaluate(() => history.length)).toBe(before);
});

test('prerendered pages show the default view; the query applies once the page runs', async ({
	page,
	request
}) => {
	const html = await (await request.get('place/jenin?view=matrix&themes=gender')).text();
	expect(html).toContain('data-view="regions"');
	expect(html).toContain('13 places, 76 practices');
	await page.goto('place/jenin?view=matrix&themes=gender');
	await expect(page.locator('[role="tabpanel"]')).toHaveAttribute('data-view', 'matrix');
	await expect(status(page)).toHaveText(/^11 places/);
});

test('the prerendered overview is kept as the page starts, not dropped and drawn again', async ({
	page
}) => {
	await page.addInitScript(() => {
		const removed: string[] = [];
		(window as unknown as { removedFromOverview: string[] }).removedFromOverview = removed;
		new MutationObserver((records) => {
			for (const record of records)
				if (record.target instanceof Element && record.target.closest('#overview-panel'))
					for (const node of record.removedNodes) removed.push(node.nodeName);
		}).observe(document, { childList: true, subtree: true });
	});
	for (const path of ['./', 'fr/place/utrecht']) {
		await page.goto(path);
		await page.waitForSelector('html[data-hydrated]');
		await expect(page.locator('#overview-panel h3').first()).toBeVisible();
		await expect(page.locator('#overview-panel .loading')).toHaveCount(0);
		expect(
			await page.evaluate(
				() => (window as unknown as { removedFromOverview: string[] }).removedFromOverview
			),
			path
		).toEqual([]);
	}
});

test.describe('accessibility', () => {
	// axe is injected as an inline script, which the site's own CSP rightly refuses.
	test.use({ bypassCSP: true });

	test('the panels and overviews are reachable by keyboard and have no axe violation', async ({
		page
	}) => {
		await page.goto('place/seine-saint-denis');
		// A bar of the similar places chart is a link: keyboard selects.
		const bar = page.locator('.similar .bars a').first();
		await bar.focus();
		const name = (await bar.locator('.name').textContent())!;
		await page.keyboard.press('Enter');
		await expect(panelTitle(page)).toHaveText(name);

		const require = createRequire(import.meta.url);
		await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
		for (const view of ['Themes by region', 'Places × themes', 'Network']) {
			await page.getByRole('tab', { name: view }).click();
			await page
				.locator('.overview details')
				.evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
			const violations = await page.evaluate(async () => {
				const axe = (
					window as unknown as {
						axe: {
							run: (
								c: object
							) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
						};
					}
				).axe;
				const result = await axe.run({
					include: [['.filters'], ['.place-panel'], ['.place-list'], ['.overview']]
				});
				return result.violations.map(
					(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
				);
			});
			expect(violations, view).toEqual([]);
		}
	});
});

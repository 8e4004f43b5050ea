import { expect, test, type Page } from '@playwright/test';
import { reachForMap } from '../support/reachForMap';

/** Fails the test on any page error or console error, and on any request to another origin. */
function watch(page: Page) {
	const errors: string[] = [];
	const foreign: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (
			!['127.0.0.1', 'localhost'].includes(url.hostname) &&
			!url.protocol.startsWith('data') &&
			!url.protocol.startsWith('blob')
		)
			foreign.push(request.url());
	});
	return { errors, foreign };
}

async function atlas(page: Page) {
	const response = await page.request.get('data/atlas.json');
	return (await response.json()) as {
		places: { id: string; name: { en: string } }[];
		practices: { id: string; place: string; title: { en: string } }[];
	};
}

test('the map becomes idle with every place, and selecting a place shows its practices', async ({
	page
}) => {
	const { errors, foreign } = watch(page);
	const data = await atlas(page);
	expect(data.places.length).toBeGreaterThan(0);

	await page.goto('./');
	// First paint: the prerendered SVG map already holds every place.
	for (const place of data.places)
		await expect(page.locator(`svg.svg-map a[data-place="${place.id}"]`)).toHaveCount(1);

	// MapLibre takes over once the reader reaches for the map.
	await reachForMap(page.locator('.map-view'));
	const rendered = await page.evaluate(() => {
		const map = (
			window as unknown as {
				__hrcMap: { queryRenderedFeatures: (o: object) => { properties: { id: string } }[] };
			}
		).__hrcMap;
		return map.queryRenderedFeatures({ layers: ['place-icons'] }).map((f) => f.properties.id);
	});
	expect(new Set(rendered)).toEqual(new Set(data.places.map((p) => p.id)));

	const place = data.places[0]!;
	await page.locator(`.place-list a[data-place="${place.id}"]`).click();
	const panel = page.locator('.place-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(place.name.en);
	for (const practice of data.practices.filter((p) => p.place === place.id))
		await expect(panel.locator(`[data-practice="${practice.id}"] h3`)).toHaveText(
			practice.title.en
		);

	expect(errors).toEqual([]);
	expect(foreign).toEqual([]);
});

test('each place has its own prerendered page that works without JavaScript', async ({
	browser,
	page
}) => {
	const data = await atlas(page);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const noJs = await context.newPage();
	for (const place of data.places) {
		await noJs.goto(`place/${place.id}`);
		await expect(noJs).toHaveTitle(new RegExp(place.name.en));
		await expect(noJs.locator('.place-panel h2')).toHaveText(place.name.en);
	}
	await context.close();

	// On a phone the place is part of the page, read by scrolling it, with no control that
	// could not answer (growing or closing the sheet).
	const phone = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width: 360, height: 740 }
	});
	const noJsPhone = await phone.newPage();
	await noJsPhone.goto('place/lyon');
	const sheet = noJsPhone.locator('.sheet');
	expect(await sheet.evaluate((el) => getComputedStyle(el).position)).toBe('static');
	await expect(sheet.locator('.grow')).toBeHidden();
	await expect(noJsPhone.locator('.place-panel .close')).toBeHidden();
	await noJsPhone.locator('.place-panel h2').scrollIntoViewIfNeeded();
	await expect(noJsPhone.locator('.place-panel h2')).toBeInViewport();
	await phone.close();
});

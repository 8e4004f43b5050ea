import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { chromiumArgs, chromiumPath } from '../chromium.js';
import { reachForMap } from '../support/reachForMap';

interface AtlasPlace {
	id: string;
	name: { en: string; fr?: string };
	lon: number;
	lat: number;
	region: string;
}
interface Point {
	x: number;
	y: number;
}
/** The map's handle, which the page exposes once MapLibre has taken over. */
type MapWindow = Window & { __hrcMap: MapLibreMap };

const renderedIds = (page: Page, layer: string) =>
	page.evaluate(
		(id) =>
			(window as unknown as MapWindow).__hrcMap
				.queryRenderedFeatures({ layers: [id] })
				.map((f) => String(f.properties.id)),
		layer
	);
const sourceSize = (page: Page, source: string) =>
	page.evaluate(
		(id) => (window as unknown as MapWindow).__hrcMap.querySourceFeatures(id).length,
		source
	);
const hasLayer = (page: Page, layer: string) =>
	page.evaluate(
		(id) => (window as unknown as MapWindow).__hrcMap.getLayer(id) !== undefined,
		layer
	);
const featureState = (page: Page, source: string, id: string) =>
	page.evaluate(
		([s, i]) => (window as unknown as MapWindow).__hrcMap.getFeatureState({ source: s!, id: i }),
		[source, id]
	);
const isSelected = (page: Page, place: string) =>
	page.evaluate(
		(id) =>
			(window as unknown as MapWindow).__hrcMap.getFeatureState({ source: 'places', id }).selected,
		place
	);

/** Page errors, console errors and any request that leaves the site. */
function watchPage(page: Page, { allow = [] as RegExp[] } = {}) {
	const errors: string[] = [];
	const foreign: string[] = [];
	const origin = new URL(String(test.info().project.use.baseURL)).origin;
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error' && !allow.some((pattern) => pattern.test(message.text())))
			errors.push(message.text());
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
			foreign.push(request.url());
	});
	return { errors, foreign };
}

let places: AtlasPlace[] = [];
let links: { id: string }[] = [];
test.beforeAll(async ({ request }) => {
	const atlas = await (await request.get('data/atlas.json')).json();
	places = atlas.places;
	links = atlas.links;
	expect(places.length).toBeGreaterThan(0);
});

const webgl = (page: Page) => reachForMap(page.locator('.map-view'));
const panelHeading = (page: Page) => page.locator('.place-panel h2');

/** Where MapLibre draws each place's symbol (spread apart where needed), in page pixels. */
function drawnByMapLibre(page: Page): Promise<Record<string, Point>> {
	return page.evaluate(() => {
		const map = (window as unknown as MapWindow).__hrcMap;
		const box = map.getCanvas().getBoundingClientRect();
		const out: Record<string, Point> = {};
		for (const f of map.querySourceFeatures('places')) {
			const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
			out[String(f.properties.id)] = { x: box.left + p.x, y: box.top + p.y };
		}
		return out;
	});
}

/** Where MapLibre puts each place's true position, in page pixels. */
function trueByMapLibre(page: Page): Promise<Record<string, Point>> {
	return page.evaluate((list) => {
		const map = (window as unknown as MapWindow).__hrcMap;
		const box = map.getCanvas().getBoundingClientRect();
		return Object.fromEntries(
			list.map((p) => {
				const at = map.project([p.lon, p.lat]);
				return [p.id, { x: box.left + at.x, y: box.top + at.y }];
			})
		);
	}, places);
}

/** Where the SVG map draws each symbol and each true position (the leader dot of a moved place). */
function drawnBySvg(
	page: Page
): Promise<{ drawn: Record<string, Point>; truth: Record<string, Point> }> {
	return page.evaluate(() => {
		const layer = document.querySelector<HTMLElement>('.svg-layer')!;
		const wasHidden = layer.hidden;
		layer.hidden = false;
		const centre = (element: Element) => {
			const r = element.getBoundingClientRect();
			return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
		};
		const drawn: Record<string, Point> = {};
		const truth: Record<string, Point> = {};
		for (const a of document.querySelectorAll('svg.svg-map a[data-place]')) {
			const id = a.getAttribute('data-place')!;
			drawn[id] = centre(a.querySelector('circle:last-of-type, path')!);
			const leader = document.querySelector(`svg.svg-map .leader[data-place="${id}"] circle`);
			truth[id] = leader ? centre(leader) : drawn[id];
		}
		layer.hidden = wasHidden;
		return { drawn, truth };
	});
}

async function keep(page: Page, testInfo: TestInfo, name: string) {
	const path = testInfo.outputPath(name);
	await page.screenshot({ path });
	await testInfo.attach(name, { path, contentType: 'image/png' });
}

test.describe('the WebGL map', () => {
	test('draws every place, first in SVG, then in MapLibre exactly where the SVG had them', async ({
		page
	}, testInfo) => {
		const { errors, foreign } = watchPage(page);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('./');
		for (const place of places)
			await expect(page.locator(`svg.svg-map a[data-place="${place.id}"]`)).toHaveCount(1);
		await webgl(page);
		// The SVG map stays in the page, hidden, as it was painted first: measure both now.
		const svg = await drawnBySvg(page);
		const [drawn, truth] = [await drawnByMapLibre(page), await trueByMapLibre(page)];
		expect(Object.keys(drawn).sort()).toEqual(places.map((p) => p.id).sort());
		const rendered = await renderedIds(page, 'place-icons');
		expect(new Set(rendered)).toEqual(new Set(places.map((p) => p.id)));
		// Takeover without a jump: true positions and drawn (spread) symbols within 2 px in both renderers.
		for (const place of places) {
			expect
				.soft(
					Math.hypot(
						svg.truth[place.id]!.x - truth[place.id]!.x,
						svg.truth[place.id]!.y - truth[place.id]!.y
					),
					`${place.id} true position`
				)
				.toBeLessThan(2);
			expect
				.soft(
					Math.hypot(
						svg.drawn[place.id]!.x - drawn[place.id]!.x,
						svg.drawn[place.id]!.y - drawn[place.id]!.y
					),
					`${place.id} symbol`
				)
				.toBeLessThan(2);
		}
		await keep(page, testInfo, 'world-view.png');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	test('clicking where each place is drawn at world zoom selects that place, Grigny and Seine-Saint-Denis included', async ({
		page
	}, testInfo) => {
		const { errors, foreign } = watchPage(page);
		await page.goto('./');
		await webgl(page);
		const drawn = await drawnByMapLibre(page);
		const [ssd, grigny] = [drawn['seine-saint-denis']!, drawn.grigny!];
		expect(Math.hypot(ssd.x - grigny.x, ssd.y - grigny.y)).toBeGreaterThan(15);
		const order = [
			'grigny',
			'seine-saint-denis',
			...places.map((p) => p.id).filter((id) => id !== 'grigny' && id !== 'seine-saint-denis')
		];
		for (const id of order) {
			const place = places.find((p) => p.id === id)!;
			await page.mouse.click(drawn[id]!.x, drawn[id]!.y);
			await expect(panelHeading(page), `click on ${id}`).toHaveText(place.name.en);
		}
		// The selection shows on the map through feature-state, and its shared-theme arcs are drawn.
		expect(await isSelected(page, 'seine-saint-denis')).toBe(false);
		await page.mouse.click(ssd.x, ssd.y);
		await expect(panelHeading(page)).toHaveText('Seine-Saint-Denis');
		await expect.poll(() => isSelected(page, 'seine-saint-denis')).toBe(true);
		await expect.poll(() => sourceSize(page, 'links-shared-themes')).toBeGreaterThan(0);
		// Its name is always drawn, once, from a source of its own.
		await expect
			.poll(() => renderedIds(page, 'place-label-selected'))
			.toEqual(['seine-saint-denis']);
		await page.mouse.move(5, 5);
		await keep(page, testInfo, 'selected-place.png');

		// Switching the shared-theme arcs off empties their source; the cooperation links stay.
		await page.locator('[data-control="shared-themes"]').click();
		await expect(page.locator('[data-control="shared-themes"]')).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		await expect.poll(() => sourceSize(page, 'links-shared-themes')).toBe(0);
		const cooperation = await renderedIds(page, 'links-cooperation');
		expect(new Set(cooperation)).toEqual(new Set(links.map((l) => l.id)));
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	test('hovering a place shows its name, country, practices and main themes', async ({ page }) => {
		await page.goto('./');
		await webgl(page);
		const drawn = await drawnByMapLibre(page);
		await page.mouse.move(drawn.utrecht!.x, drawn.utrecht!.y);
		const tooltip = page.locator('.place-tooltip');
		await expect(tooltip).toContainText('Utrecht');
		await expect(tooltip).toContainText('Netherlands');
		await expect(tooltip).toContainText(/\d+ practices/);
		await expect(tooltip).toContainText('Main themes:');
		await page.mouse.move(2, 2);
		await expect(tooltip).toHaveCount(0);
	});

	test('a keyboard alone reaches every place, shows its tooltip, selects it with Enter and clears it with Escape', async ({
		page
	}) => {
		const { errors } = watchPage(page);
		await page.goto('./');
		await webgl(page);
		const reached: string[] = [];
		for (let i = 0; i < 60 && reached.length < places.length; i++) {
			await page.keyboard.press('Tab');
			const id = await page.evaluate(
				() =>
					document.activeElement?.closest('.place-buttons') &&
					document.activeElement.getAttribute('data-place')
			);
			if (id && !reached.includes(id)) reached.push(id);
		}
		expect(reached.sort()).toEqual(places.map((p) => p.id).sort());

		const grigny = page.locator('.place-buttons a[data-place="grigny"]');
		await grigny.focus();
		await expect(page.locator('.place-tooltip')).toContainText('Grigny');
		await page.keyboard.press('Enter');
		await expect(panelHeading(page)).toHaveText('Grigny');
		await expect(grigny).toHaveAttribute('aria-current', 'true');
		await grigny.focus();
		await page.keyboard.press('Escape');
		await expect(page.locator('.place-panel')).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('the keyboard’s links lie over their places once the map is at rest; the focused one follows it as it moves', async ({
		page
	}) => {
		await page.goto('./');
		await webgl(page);
		const buttonCentres = () =>
			page.evaluate(() =>
				Object.fromEntries(
					[...document.querySelectorAll<HTMLElement>('.place-buttons a[data-place]')].map((a) => {
						const box = a.getBoundingClientRect();
						return [a.dataset.place!, { x: box.x + box.width / 2, y: box.y + box.height / 2 }];
					})
				)
			);
		const overTheirPlaces = async () => {
			const [drawn, buttons] = [await drawnByMapLibre(page), await buttonCentres()];
			return Object.entries(drawn).every(
				([id, at]) => Math.hypot(buttons[id]!.x - at.x, buttons[id]!.y - at.y) < 1.5
			);
		};
		await expect.poll(overTheirPlaces).toBe(true);
		// A slow glide: half-way, the focused link is over its place.
		const grigny = page.locator('.place-buttons a[data-place="grigny"]');
		await grigny.focus();
		await page.evaluate(() => {
			const map = (window as unknown as MapWindow).__hrcMap;
			map.easeTo({ zoom: map.getZoom() + 1.5, duration: 3000 });
		});
		await page.waitForTimeout(1000);
		const [drawn, buttons, frameStep] = await page.evaluate(async () => {
			const map = (window as unknown as MapWindow).__hrcMap;
			const box = map.getCanvas().getBoundingClientRect();
			const feature = map.querySourceFeatures('places').find((f) => f.properties.id === 'grigny')!;
			const at = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
			const before = map.project(at);
			await new Promise(requestAnimationFrame);
			const p = map.project(at);
			const link = document.querySelector('.place-buttons a[data-place="grigny"]')!;
			const b = link.getBoundingClientRect();
			return [
				{ x: box.left + p.x, y: box.top + p.y, moving: map.isMoving() },
				{ x: b.x + b.width / 2, y: b.y + b.height / 2 },
				Math.hypot(p.x - before.x, p.y - before.y)
			];
		});
		expect(drawn.moving).toBe(true);
		// It follows a frame behind: on a busy machine a frame of the glide can be several pixels.
		expect(Math.hypot(buttons.x - drawn.x, buttons.y - drawn.y)).toBeLessThan(12 + frameStep);
		await expect(grigny).toBeFocused();
		// At rest, every link is over its place again.
		await expect.poll(overTheirPlaces, { timeout: 10_000 }).toBe(true);
	});

	test('zoom, reset and globe buttons move the camera; finer outlines load only when zoomed in', async ({
		page
	}) => {
		const { errors, foreign } = watchPage(page);
		const detail: string[] = [];
		page.on(
			'request',
			(request) => request.url().includes('countries-50m') && detail.push(request.url())
		);
		await page.goto('./');
		await webgl(page);
		const zoom = () => page.evaluate(() => (window as unknown as MapWindow).__hrcMap.getZoom());
		// The first frame may still be easing into place: start from a camera at rest.
		let start = NaN;
		await expect
			.poll(async () => start === (start = await zoom()), { intervals: [300] })
			.toBe(true);
		expect(detail).toEqual([]);
		for (let i = 0; i < 2; i++) await page.locator('[data-control="zoom-in"]').click();
		await expect.poll(zoom).toBeCloseTo(start + 2, 1);
		await page.locator('[data-control="zoom-in"]').click();
		await expect.poll(() => detail.length).toBe(1);
		await page.locator('[data-control="reset"]').click();
		await expect.poll(zoom).toBeCloseTo(start, 2);

		await page.locator('[data-control="globe"]').click();
		await expect(page.locator('[data-control="globe"]')).toHaveAttribute('aria-pressed', 'true');
		await expect
			.poll(() =>
				page.evaluate(() => (window as unknown as MapWindow).__hrcMap.getProjection()?.type)
			)
			.toBe('globe');
		// On the globe, places still select by click.
		await page.waitForTimeout(500);
		const drawn = await drawnByMapLibre(page);
		await page.mouse.click(drawn.jenin!.x, drawn.jenin!.y);
		await expect(panelHeading(page)).toHaveText('Jenin');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	test('MapLibre loads only when the reader reaches for the map; from the keyboard, the globe button starts it', async ({
		page
	}) => {
		const { errors, foreign } = watchPage(page);
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		await page.goto('./');
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(3000);
		// Usable without it: the SVG map selects a place.
		const map = page.locator('.map-view');
		await expect(map).toHaveAttribute('data-renderer', 'svg');
		expect(await page.evaluate(() => 'maplibregl' in window || '__hrcMap' in window)).toBe(false);
		expect(workers).toEqual([]);
		await page.locator('svg.svg-map a[data-place="jenin"]').focus();
		await page.keyboard.press('Enter');
		await expect(panelHeading(page)).toHaveText('Jenin');
		await expect(map).toHaveAttribute('data-renderer', 'svg');

		// The globe needs WebGL: asking for it from the keyboard starts MapLibre on the globe.
		const globe = page.locator('[data-control="globe"]');
		await globe.focus();
		await page.keyboard.press('Enter');
		await expect(map).toHaveAttribute('data-renderer', 'webgl', { timeout: 30_000 });
		await expect(globe).toHaveAttribute('aria-pressed', 'true');
		await expect
			.poll(() =>
				page.evaluate(() => (window as unknown as MapWindow).__hrcMap.getProjection()?.type)
			)
			.toBe('globe');
		await expect(globe).toBeFocused();
		await expect(panelHeading(page)).toHaveText('Jenin');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	test('filters fade the places they leave out and frame the ones they keep, without rebuilding the map', async ({
		page
	}) => {
		const { errors, foreign } = watchPage(page);
		await page.goto('./');
		await webgl(page);
		const zoom = () => page.evaluate(() => (window as unknown as MapWindow).__hrcMap.getZoom());
		const unfiltered = await zoom();

		await page.goto('./?regions=europe');
		await webgl(page);
		const european = new Set([
			'amsterdam',
			'lyon',
			'utrecht',
			'vienna',
			'terrassa',
			'seine-saint-denis',
			'grigny'
		]);
		// A place never dimmed has no state yet: the layers read it as not dimmed.
		for (const place of places)
			await expect
				.poll(async () => (await featureState(page, 'places', place.id)).dimmed ?? false, place.id)
				.toBe(!european.has(place.id));
		await expect
			.poll(
				async () =>
					(await featureState(page, 'links-cooperation', 'seine-saint-denis-jenin-ovf')).dimmed
			)
			.toBe(true);
		// Framed closer, though never narrower than a continent (initialView.ts).
		await expect.poll(zoom).toBeGreaterThan(unfiltered + 0.5);
		// Every place kept is in view.
		const box = (await page.locator('.map-view canvas').boundingBox())!;
		const drawn = await drawnByMapLibre(page);
		for (const id of european) {
			expect(drawn[id]!.x).toBeGreaterThan(box.x);
			expect(drawn[id]!.x).toBeLessThan(box.x + box.width);
			expect(drawn[id]!.y).toBeGreaterThan(box.y);
			expect(drawn[id]!.y).toBeLessThan(box.y + box.height);
		}
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	test('printed, the SVG map shows the filters set while MapLibre was shown', async ({ page }) => {
		await page.goto('./');
		await webgl(page);
		await page.locator('[data-facet="regions"] summary').click();
		await page.getByRole('checkbox', { name: 'Latin America' }).check();
		await expect
			.poll(async () => (await featureState(page, 'places', 'lyon')).dimmed ?? false)
			.toBe(true);
		await page.emulateMedia({ media: 'print' });
		const svg = page.locator('.svg-layer');
		await expect(svg).toBeVisible();
		await expect(page.locator('.webgl-layer')).toBeHidden();
		const dimmed = await svg
			.locator('a[data-place].dimmed')
			.evaluateAll((links) => links.map((a) => a.getAttribute('data-place')));
		expect(dimmed.sort()).toEqual(
			places
				.filter((p) => p.region !== 'latin-america')
				.map((p) => p.id)
				.sort()
		);
		await expect(svg.locator('.cooperation').first()).toBeAttached();
		await page.emulateMedia({ media: 'screen' });
		await expect(svg).toBeHidden();
	});

	test('labels and controls speak the interface language', async ({ page }) => {
		await page.goto('./fr');
		await webgl(page);
		const labels = await page.evaluate(() =>
			JSON.stringify(
				(window as unknown as MapWindow).__hrcMap.getLayoutProperty('place-labels', 'text-field')
			)
		);
		expect(labels).toContain('name_fr');
		await expect(page.locator('[data-control="zoom-in"]')).toHaveAttribute('aria-label', 'Zoomer');
		await expect(page.locator('.map-attribution')).toContainText('n’impliquent aucune approbation');
	});
});

test.describe('the richer basemap', () => {
	test('a basemap that fails or is too slow gives way to the bundled one, with a notice', async ({
		page
	}) => {
		const { foreign } = watchPage(page);
		// Served by the site's own origin, never answered: slower than any timeout.
		let requested = 0;
		await page.route('**/slow/style.json', () => void (requested = Date.now()));
		await page.goto('./?basemap=slow/style.json');
		await webgl(page);
		// The request is never answered, so only the timeout can end the attempt.
		await expect(page.locator('[data-notice="map_basemap_failed"]')).toBeVisible({
			timeout: 15_000
		});
		expect(requested).toBeGreaterThan(0);
		expect(await hasLayer(page, 'land')).toBe(true);

		await page.goto('./?basemap=no/such/style.json');
		await webgl(page);
		await expect(page.locator('[data-notice="map_basemap_failed"]')).toBeVisible({
			timeout: 10_000
		});
		expect(foreign).toEqual([]);
	});

	test('a basemap from another site is refused without any request to it', async ({ page }) => {
		const { foreign } = watchPage(page);
		await page.goto('./?basemap=https://tiles.example.org/style.json');
		await webgl(page);
		await expect(page.locator('[data-notice="map_basemap_refused"]')).toBeVisible();
		expect(foreign).toEqual([]);
	});

	test('a basemap that loads replaces the bundled one under the places', async ({ page }) => {
		const { errors, foreign } = watchPage(page);
		const style = {
			version: 8,
			sources: {
				sea: {
					type: 'geojson',
					attribution: '<a href="https://example.org">Test basemap</a>',
					data: {
						type: 'Feature',
						properties: {},
						geometry: {
							type: 'Polygon',
							coordinates: [
								[
									[-170, -60],
									[170, -60],
									[170, 75],
									[-170, 75],
									[-170, -60]
								]
							]
						}
					}
				}
			},
			layers: [
				{ id: 'test-basemap-fill', type: 'fill', source: 'sea', paint: { 'fill-color': '#cfe3d4' } }
			]
		};
		// Served by the site itself (intercepting requests would slow every one of them down).
		const folder = join(process.env.ATLAS_BUILD_DIR || 'build', 'test-basemap');
		await mkdir(folder, { recursive: true });
		await writeFile(join(folder, 'style.json'), JSON.stringify(style));
		await page.goto('./?basemap=test-basemap/style.json');
		await webgl(page);
		await expect.poll(() => hasLayer(page, 'test-basemap-fill')).toBe(true);
		expect(await hasLayer(page, 'land')).toBe(false);
		expect(await hasLayer(page, 'place-icons')).toBe(true);
		await expect(page.locator('.map-attribution')).toContainText('Test basemap');
		await expect(page.locator('.map-notice')).toHaveCount(0);
		const drawn = await drawnByMapLibre(page);
		expect(Object.keys(drawn)).toHaveLength(places.length);
		await page.mouse.click(drawn.vienna!.x, drawn.vienna!.y);
		await expect(panelHeading(page)).toHaveText('Vienna');
		await expect.poll(() => renderedIds(page, 'place-label-selected')).toEqual(['vienna']);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);

		// The new style reloads the sources: the filters' fading comes back with them.
		await page.goto('./?basemap=test-basemap/style.json&regions=europe');
		await webgl(page);
		await expect.poll(() => hasLayer(page, 'test-basemap-fill')).toBe(true);
		await expect.poll(async () => (await featureState(page, 'places', 'jenin')).dimmed).toBe(true);
		await expect
			.poll(
				async () =>
					(await featureState(page, 'links-cooperation', 'seine-saint-denis-jenin-ovf')).dimmed
			)
			.toBe(true);
		await rm(folder, { recursive: true });
	});
});

test.describe('without WebGL', () => {
	let browser: Browser;
	test.beforeAll(async ({ playwright }) => {
		browser = await playwright.chromium.launch({
			executablePath: chromiumPath,
			args: [...chromiumArgs, '--disable-webgl']
		});
	});
	test.afterAll(async () => browser?.close());

	test('the SVG map stays with every place, links and a notice, and selection opens the panel', async ({
		baseURL
	}, testInfo) => {
		const page = await browser.newPage({ baseURL, viewport: { width: 1280, height: 800 } });
		const { errors, foreign } = watchPage(page);
		await page.goto('./');
		await expect(page.locator('[data-notice="map_no_webgl"]')).toBeVisible();
		await expect(page.locator('.map-view')).toHaveAttribute('data-renderer', 'svg');
		await expect(page.locator('svg.svg-map')).toHaveAttribute('data-projection', 'equal-earth');
		for (const place of places)
			await expect(page.locator(`svg.svg-map a[data-place="${place.id}"]`)).toBeVisible();
		await expect(page.locator('svg.svg-map .cooperation')).toHaveCount(links.length);
		await expect(page.locator('canvas')).toHaveCount(0);

		// Close places are spread apart here too, and each is clicked where it is drawn.
		const { drawn } = await drawnBySvg(page);
		expect(
			Math.hypot(
				drawn.grigny!.x - drawn['seine-saint-denis']!.x,
				drawn.grigny!.y - drawn['seine-saint-denis']!.y
			)
		).toBeGreaterThan(15);
		for (const id of ['grigny', 'seine-saint-denis', 'amsterdam', 'utrecht']) {
			await page.mouse.click(drawn[id]!.x, drawn[id]!.y);
			await expect(panelHeading(page)).toHaveText(places.find((p) => p.id === id)!.name.en);
		}
		await expect(page.locator('svg.svg-map .shared').first()).toBeAttached();
		await keep(page, testInfo, 'no-webgl.png');

		// Keyboard: the SVG links are the way in.
		await page.locator('svg.svg-map a[data-place="lyon"]').focus();
		await page.keyboard.press('Enter');
		await expect(panelHeading(page)).toHaveText('Lyon');

		// Zoom buttons work on the SVG map too.
		const before = await page.locator('svg.svg-map a[data-place="lyon"]').boundingBox();
		await page.locator('[data-control="zoom-in"]').click();
		await expect
			.poll(async () => (await page.locator('svg.svg-map a[data-place="lyon"]').boundingBox())?.x)
			.not.toBe(before?.x);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.close();
	});

	test('a lost WebGL context falls back to the SVG map', async ({ page }) => {
		const { errors } = watchPage(page, { allow: [/WebGL/i] });
		await page.goto('./');
		await webgl(page);
		await page.evaluate(() => {
			const canvas = (window as unknown as MapWindow).__hrcMap.getCanvas();
			canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
		});
		await expect(page.locator('[data-notice="map_webgl_failed"]')).toBeVisible();
		await expect(page.locator('.map-view')).toHaveAttribute('data-renderer', 'svg');
		await page.locator('svg.svg-map a[data-place="terrassa"]').click();
		await expect(panelHeading(page)).toHaveText('Terrassa');
		expect(errors).toEqual([]);
	});
});

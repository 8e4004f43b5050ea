import { expect, test, type Page } from '@playwright/test';
import { reachForMap } from '../support/reachForMap';

/**
 * Reach: every route without axe violation (light and dark, with a place open, each overview),
 * keyboard only, without JavaScript, and on a 360 px phone.
 */

interface AtlasJson {
	places: { id: string; name: { en: string; fr?: string } }[];
	practices: { id: string; place: string; title: { en: string; fr?: string } }[];
}

async function atlas(page: Page): Promise<AtlasJson> {
	const response = await page.request.get('data/atlas.json');
	return (await response.json()) as AtlasJson;
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
	return page.evaluate(async (tags) => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						context: unknown,
						options: unknown
					) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
				};
			}
		).axe;
		const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
	}, WCAG);
}

/** Routes and views that axe and the phone checks visit. */
const VIEWS = [
	'./',
	'fr',
	'es',
	'place/utrecht',
	'fr/place/utrecht',
	'es/place/utrecht',
	'fr/place/utrecht?view=matrix',
	'es?view=network',
	'embed',
	'fr/embed?place=jenin'
];

/** Waits until the page has hydrated (the address is read on mount) and settled. */
async function settle(page: Page) {
	await page.waitForLoadState('networkidle');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

test.describe('axe-core finds no WCAG 2.2 AA violation', () => {
	test.use({ bypassCSP: true }); // axe-core is injected as a script tag

	for (const colorScheme of ['light', 'dark'] as const)
		test(`on every route, ${colorScheme}`, async ({ page }) => {
			test.setTimeout(300_000);
			await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
			const found: string[] = [];
			for (const path of VIEWS) {
				await page.goto(path);
				await settle(page);
				for (const violation of await axe(page)) found.push(`${path} ${violation}`);
				// Then as a reader who reached for the map: MapLibre and its place buttons.
				await reachForMap(page.locator('.map-view').first());
				await page.mouse.move(0, 0);
				for (const violation of await axe(page)) found.push(`${path} (WebGL) ${violation}`);
			}
			expect(found).toEqual([]);
		});
});

test('keyboard only: find Utrecht, open it, follow a shared theme, filter by monitoring, clear filters', async ({
	page
}) => {
	await page.goto('./');
	await settle(page);
	const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

	// The skip link is the first stop and leads to the list of places.
	await page.keyboard.press('Tab');
	await expect(page.locator('.skip-link')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#places-heading')).toBeFocused();

	// Tab down the list to Utrecht and open it.
	for (let i = 0; i < 30 && !(await focused()).startsWith('Utrecht'); i++)
		await page.keyboard.press('Tab');
	expect(await focused()).toMatch(/^Utrecht/);
	await page.keyboard.press('Enter');
	const title = page.locator('.place-panel h2');
	await expect(title).toHaveText('Utrecht');
	await expect(title).toBeFocused();

	// Follow a shared theme: the first place listed under one of Utrecht's themes.
	const shared = page.locator('.shared-themes a[data-place]').first();
	const target = (await shared.textContent())!.trim();
	for (let i = 0; i < 200 && !(await shared.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(shared).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(title).toHaveText(target);
	await expect(title).toBeFocused();

	// Escape closes the panel and gives focus back to the place in the list.
	await page.keyboard.press('Escape');
	await expect(page.locator('.place-panel')).toHaveCount(0);
	await expect(page.locator(`.place-list a[data-place]:focus`)).toHaveCount(1);

	// Filter by the monitoring theme: open the themes menu, tick the box, hear the count.
	const themes = page.locator('[data-facet="themes"] summary');
	await themes.focus(); // from the list, Shift+Tab would get there too; the focus() only shortens the walk
	await page.keyboard.press('Enter');
	const monitoring = page.locator('input[name="themes"][value="monitoring"]');
	for (
		let i = 0;
		i < 20 && !(await monitoring.evaluate((el) => el === document.activeElement));
		i++
	)
		await page.keyboard.press('Tab');
	await expect(monitoring).toBeFocused();
	await page.keyboard.press('Space');
	await expect(monitoring).toBeChecked();
	const status = page.locator('.filters [role="status"]');
	const all = await atlas(page);
	await expect(status).not.toHaveText(
		`${all.places.length} places, ${all.practices.length} practices`
	);
	await page.keyboard.press('Escape');
	await expect(themes).toBeFocused();

	// Clear the filters.
	const clear = page.locator('.filters .clear');
	for (let i = 0; i < 20 && !(await clear.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(clear).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(status).toHaveText(`${all.places.length} places, ${all.practices.length} practices`);
});

test('without JavaScript every page lists every place and every practice, in its language', async ({
	browser,
	page
}) => {
	const data = await atlas(page);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const noJs = await context.newPage();
	for (const [path, lang] of [
		['./', 'en'],
		['fr', 'fr']
	] as const) {
		await noJs.goto(path);
		await expect(noJs.locator('html')).toHaveAttribute('lang', lang);
		await expect(noJs.locator('svg.svg-map')).toBeVisible();
		// Theme, PNG, sharing, search, filters, tabs and map switches need JavaScript: without it
		// they are not offered.
		for (const tool of [
			'.theme-switch',
			'.share-button',
			'.download-png',
			'#filter-search',
			'.filters .facet',
			'.map-controls',
			'.overview-area [role="tablist"]'
		])
			await expect(noJs.locator(tool).first(), tool).toBeHidden();
		// What they would filter is all there: the count and the overview.
		await expect(noJs.locator('.filters [role="status"]')).toBeVisible();
		await expect(noJs.locator('#overview-panel')).toBeVisible();
		// Styled as with JavaScript, although the chart's code is never loaded: no browser margins
		// around the figure, and each region's colour beside its name.
		await expect(noJs.locator('#overview-panel figure').first()).toHaveCSS('margin-left', '0px');
		const swatch = noJs.locator('#overview-panel .swatch').first();
		await expect(swatch).toHaveCSS('display', 'inline-block');
		expect((await swatch.boundingBox())?.width).toBeGreaterThan(5);
		const index = noJs.locator('.practice-index');
		for (const place of data.places)
			await expect(index.locator(`[data-place-entry="${place.id}"] h3`)).toHaveText(
				(lang === 'fr' && place.name.fr) || place.name.en
			);
		for (const practice of data.practices)
			await expect(index.locator(`[data-practice-entry="${practice.id}"] h4`)).toHaveText(
				(lang === 'fr' && practice.title.fr) || practice.title.en
			);
		await index.locator('details').first().locator('summary').click();
		await expect(index.locator('details').first().locator('li').first()).toBeVisible();
	}
	await noJs.goto('fr/place/utrecht');
	await expect(noJs).toHaveTitle(/^Utrecht · /);
	await expect(noJs.locator('meta[name="description"]')).toHaveAttribute('content', /Utrecht/);
	await expect(noJs.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		/fr\/place\/utrecht$/
	);
	await expect(noJs.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute(
		'href',
		/es\/place\/utrecht$/
	);
	await expect(noJs.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
	// The language switch works without JavaScript.
	await noJs.locator('.language-switch a[hreflang="es"]').click();
	await expect(noJs).toHaveURL(/\/es\/place\/utrecht$/);
	await expect(noJs.locator('html')).toHaveAttribute('lang', 'es');
	await context.close();
});

test('without JavaScript the map’s names are readable on a phone and on a desktop', async ({
	browser,
	page: withJs
}) => {
	const { places } = await atlas(withJs);
	for (const width of [320, 360, 600, 1280]) {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width, height: 740 }
		});
		const page = await context.newPage();
		await page.goto('./');
		const map = page.locator('svg.svg-map');
		// One layout shows: one link per place for the keyboard and screen readers.
		await expect(map.locator('a.place:visible')).toHaveCount(places.length);
		const labels = map.locator('.labels text:visible');
		expect(await labels.count(), `${width} px`).toBeGreaterThanOrEqual(8);
		// The labels are 12 px text: their boxes measure about 14 px, never the 5 px of a
		// layout drawn for a wider map and scaled down.
		for (const box of await labels.evaluateAll((texts) =>
			texts.map((text) => text.getBoundingClientRect().height)
		))
			expect(box, `${width} px`).toBeGreaterThanOrEqual(11);
		await context.close();
	}
});

test.describe('on a 360 × 740 phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	async function overflowing(page: Page): Promise<string[]> {
		return page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			const out: string[] = [];
			for (const el of document.querySelectorAll('body *')) {
				const box = el.getBoundingClientRect();
				if (box.width === 0 || box.height === 0) continue;
				// Content a scroller clips is not page overflow.
				let clipped = false;
				for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
					const style = getComputedStyle(p);
					if (style.overflowX !== 'visible' && p.getBoundingClientRect().right <= width + 0.5) {
						clipped = true;
						break;
					}
				}
				if (!clipped && box.right > width + 0.5)
					out.push(
						`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${Math.round(box.right)}`
					);
			}
			return out.slice(0, 10);
		});
	}

	test('the map legend stands above the credits, which take two lines here, in each language', async ({
		page
	}) => {
		for (const path of ['./', 'fr', 'es/place/ngazidja']) {
			await page.goto(path);
			const legend = (await page.locator('.map-legend').boundingBox())!;
			const credits = (await page.locator('.map-attribution').boundingBox())!;
			expect(credits.height, path).toBeGreaterThan(20);
			expect(legend.y + legend.height, path).toBeLessThanOrEqual(credits.y + 0.5);
		}
	});

	test('the overview’s three tabs share one row, in each language', async ({ page }) => {
		for (const path of ['./', 'fr', 'es']) {
			await page.goto(path);
			const tops = await page
				.getByRole('tab')
				.evaluateAll((tabs) => tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)));
			expect(tops, path).toHaveLength(3);
			expect(new Set(tops).size, path).toBe(1);
		}
	});

	test('nothing overflows horizontally, on every route and view', async ({ page }) => {
		test.setTimeout(120_000);
		for (const path of VIEWS) {
			await page.goto(path);
			await settle(page);
			expect(await overflowing(page), path).toEqual([]);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth),
				path
			).toBeLessThanOrEqual(360);
		}
	});

	test('the theme, PNG and share tools fold into one menu, so the map starts higher', async ({
		page
	}) => {
		await page.goto('es');
		await settle(page);
		const menu = page.getByRole('button', { name: 'Herramientas' });
		const share = page.getByRole('button', { name: 'Compartir / Insertar' });
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await expect(share).toBeHidden();
		const mapTop = async () => (await page.locator('.map-area').boundingBox())!.y;
		const folded = await mapTop();
		await menu.click();
		await expect(menu).toHaveAttribute('aria-expanded', 'true');
		await expect(share).toBeVisible();
		// Folded, the tools give the map back at least two rows of the header.
		expect(await mapTop()).toBeGreaterThan(folded + 60);
		await expect(page.getByRole('button', { name: 'Descargar PNG' })).toBeVisible();
		// Escape in the share dialog closes the dialog and leaves the menu open.
		await share.click();
		await expect(page.locator('dialog[open]')).toHaveCount(1);
		await page.keyboard.press('Escape');
		await expect(page.locator('dialog[open]')).toHaveCount(0);
		await expect(share).toBeVisible();
		// Escape in the menu closes it and gives focus back to its button.
		await page.locator('.theme-switch select').focus();
		await page.keyboard.press('Escape');
		await expect(share).toBeHidden();
		await expect(menu).toBeFocused();
	});

	test('the place opens as a bottom sheet that can grow, and Escape closes it', async ({
		page
	}) => {
		await page.goto('fr');
		await settle(page);
		await page.locator('.place-list a[data-place="utrecht"]').click();
		const sheet = page.locator('.sheet');
		await expect(sheet.locator('h2')).toHaveText('Utrecht');
		const box = (await sheet.boundingBox())!;
		expect(box.y).toBeGreaterThan(200);
		expect(box.y + box.height).toBeLessThanOrEqual(741);
		await sheet.getByRole('button', { name: 'Agrandir' }).click();
		await expect.poll(async () => (await sheet.boundingBox())!.y).toBeLessThan(box.y);
		await page.keyboard.press('Escape');
		await expect(sheet).toHaveCount(0);
	});

	test('touch targets are at least 24 px', async ({ page }) => {
		await page.goto('place/utrecht');
		await settle(page);
		const small = await page.evaluate(() =>
			[...document.querySelectorAll('a, button, input, select, summary, [tabindex="0"]')]
				.filter((el) => {
					const box = el.getBoundingClientRect();
					if (box.width === 0 || box.height === 0) return false;
					// The dots of the SVG map have an equivalent target of full size: the place's link
					// in the list of places (WCAG 2.5.8, "equivalent" exception).
					if (el.closest('svg.svg-map')) return false;
					// Links inside a sentence are exempt (WCAG 2.5.8 inline exception).
					const inline = el.tagName === 'A' && getComputedStyle(el).display === 'inline';
					return !inline && (box.width < 24 || box.height < 24);
				})
				.map((el) => {
					const box = el.getBoundingClientRect();
					return `${el.outerHTML.slice(0, 60)} ${Math.round(box.width)}×${Math.round(box.height)}`;
				})
		);
		expect(small).toEqual([]);
	});
});

test('dark theme: follows the system, and the switch overrides it and is remembered', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('./');
	await settle(page);
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const dark = await background();
	expect(dark).not.toBe('rgb(255, 255, 255)');
	await page.locator('.theme-switch select').selectOption('light');
	await expect.poll(background).toBe('rgb(255, 255, 255)');
	await page.reload();
	await settle(page);
	await expect.poll(background).toBe('rgb(255, 255, 255)');
});

test('the browser language is the default, never over an explicit choice', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	await page.goto('./');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.locator('h1')).toHaveText('Carte des villes des droits humains');
	await page.goto('./?lang=en');
	await settle(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.goto('es');
	await settle(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await context.close();
});

test('Download PNG gives an image of the map with title, legend and attribution', async ({
	page
}) => {
	await page.goto('place/utrecht');
	await settle(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download PNG' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/\.png$/);
	const path = await file.path();
	const { readFileSync } = await import('node:fs');
	const bytes = readFileSync(path);
	expect(bytes.subarray(1, 4).toString()).toBe('PNG');
	expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(800); // width
});

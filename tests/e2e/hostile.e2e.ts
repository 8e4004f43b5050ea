/**
 * The hostile fixture (every text field full of injection payloads) built and opened in Chromium:
 * nothing runs, nothing navigates, every payload shows as text, and only http(s) links exist.
 */
import { expect, test, type Page } from '@playwright/test';
import { csvParseRows } from 'd3-dsv';
import { buildAtlas } from '../../src/lib/data/buildAtlas';
import { LANGS, type AtlasData, type Lang } from '../../src/lib/data/types';
import { readTexts } from '../support/dataFolder';
import { buildSite, type Site } from '../support/site';

const data = buildAtlas(readTexts('tests/fixtures/hostile')).data as AtlasData;
let site: Site;

test.beforeAll(async () => {
	test.setTimeout(600_000);
	site = await buildSite('tests/fixtures/hostile');
});
test.afterAll(async () => site?.close());

/** Records everything a payload could make happen. */
function watch(page: Page) {
	const seen = {
		dialogs: [] as string[],
		errors: [] as string[],
		navigations: [] as string[],
		popups: [] as string[]
	};
	page.on('dialog', (dialog) => {
		seen.dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	page.on('pageerror', (error) => seen.errors.push(error.message));
	page.on('console', (message) => message.type() === 'error' && seen.errors.push(message.text()));
	page.on(
		'framenavigated',
		(frame) => frame === page.mainFrame() && seen.navigations.push(frame.url())
	);
	page.on('popup', (popup) => seen.popups.push(popup.url()));
	return seen;
}

/** What the DOM holds that no text of the data should ever have made. */
async function injected(page: Page) {
	return page.evaluate(() => {
		const all = [...document.querySelectorAll('*')];
		const address = (el: Element) =>
			el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? el.getAttribute('action') ?? '';
		return {
			handlers: all.flatMap((el) =>
				[...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)
			),
			// The page's own data script holds the payloads too, but escaped: never a raw tag.
			scripts: [...document.scripts].filter((s) =>
				/^\s*alert\(1\)|<\/?script/i.test(s.textContent ?? '')
			).length,
			frames: document.querySelectorAll('iframe, frame, object, embed').length,
			badLinks: all
				.filter((el) => el.matches('a, area, form') && address(el))
				.map((el) => new URL(address(el), document.baseURI).href)
				.filter((href) => !/^https?:\/\//.test(href)),
			scriptLinks: document.querySelectorAll(
				'a[href^="javascript:" i], a[href^="data:" i], [src^="javascript:" i], [src^="data:text" i]'
			).length
		};
	});
}

async function expectNothingRan(page: Page, seen: ReturnType<typeof watch>, path: string) {
	await page.waitForTimeout(300); // an onerror or onload would fire by now
	expect(await injected(page)).toEqual({
		handlers: [],
		scripts: 0,
		frames: 0,
		badLinks: [],
		scriptLinks: 0
	});
	expect(seen.dialogs).toEqual([]);
	expect(seen.errors).toEqual([]);
	expect(seen.popups).toEqual([]);
	for (const url of seen.navigations)
		expect(url.startsWith(site.url), `navigated to ${url} from ${path}`).toBe(true);
}

const text = (localized: { en: string; fr?: string; es?: string }, lang: Lang) =>
	localized[lang] || localized.en;
const home = (lang: Lang) => (lang === 'en' ? '' : lang);
const prefix = (lang: Lang) => (lang === 'en' ? '' : `${lang}/`);

for (const lang of LANGS) {
	test(`/${home(lang)}: every place name is text, and opening each place runs nothing`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		const seen = watch(page);
		await page.goto(`${site.url}${home(lang)}`, { waitUntil: 'networkidle' });
		// Rendered text only: the page's own data script holds the same strings, escaped.
		const shown = await page.locator('body').innerText();
		for (const place of data.places) expect(shown).toContain(text(place.name, lang));
		await expectNothingRan(page, seen, `/${home(lang)}`);

		for (const place of data.places) {
			await page.locator(`.place-list a[data-place="${place.id}"]`).click();
			const panel = page.locator('.place-panel');
			await expect(panel.locator('h2')).toHaveText(text(place.name, lang));
			const panelText = await panel.innerText();
			for (const practice of data.practices.filter((p) => p.place === place.id)) {
				expect(panelText).toContain(text(practice.title, lang));
				expect(panelText).toContain(text(practice.summary, lang));
			}
			await expectNothingRan(page, seen, `/${home(lang)} with ${place.id} open`);
		}
	});
}

test('every place page, in every language: literal text, no script, only http(s) links', async ({
	page
}) => {
	test.setTimeout(300_000);
	const seen = watch(page);
	const source = data.sources[0]!;
	for (const lang of LANGS)
		for (const place of data.places) {
			const path = `${prefix(lang)}place/${place.id}`;
			await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
			const name = text(place.name, lang);
			expect(await page.title()).toContain(name);
			await expect(page.locator('.place-panel h2')).toHaveText(name);
			for (const practice of data.practices.filter((p) => p.place === place.id))
				await expect(page.locator(`[data-practice="${practice.id}"] h3`)).toHaveText(
					text(practice.title, lang)
				);
			// The source link keeps its markup-laden query as an address, never as markup.
			const hrefs = await page
				.locator('a[href^="https://example.org/"]')
				.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
			expect(hrefs.length).toBeGreaterThan(0);
			for (const href of hrefs) expect(href).toBe(new URL(source.url).href);
			await expectNothingRan(page, seen, path);
		}
});

test('the published data keeps the payloads as data, and practices.csv neutralises formulas', async ({
	request
}) => {
	const atlas = await (await request.get(`${site.url}data/atlas.json`)).json();
	delete atlas.license;
	delete atlas.credit;
	expect(atlas).toEqual(data);
	const csv = await (await request.get(`${site.url}data/practices.csv`)).text();
	const cells = csvParseRows(csv.replace(/^\ufeff/, '')).flat();
	expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
	expect(cells).toContain(`'=HYPERLINK("http://evil.example","Click")`);
});

/**
 * Hostile addresses in Chromium, on the built site: crafted and random query strings on `/` and
 * `/embed`. Each must give no uncaught error, a map and the list of places (the place picker in an
 * embed), a notice exactly when a value was left out, no dialog, no injected markup, no request to
 * another origin, and an embed title shown as text. One page is reused, navigating with goto.
 */
import { expect, test, type Page } from '@playwright/test';
import { indexAtlas } from '../../src/lib/data/atlas';
import { buildAtlas } from '../../src/lib/data/buildAtlas';
import type { AtlasData } from '../../src/lib/data/types';
import { readEmbedAddress } from '../../src/lib/embed/embedParams';
import { addressFor, queryFromAddress } from '../../src/lib/state/address';
import { vocabularyOf } from '../../src/lib/state/urlQuery';
import { readTexts } from '../support/dataFolder';
import { CRAFTED_QUERIES, sampleQueries } from '../support/hostileQueries';

const port = Number(process.env.E2E_PORT || 4173);
const origin = `http://127.0.0.1:${port}`;
// The default build is made from data/.
const atlas = indexAtlas(buildAtlas(readTexts('data')).data as AtlasData);
const vocabulary = vocabularyOf(atlas);
const RANDOM = sampleQueries(Number(process.env.HOSTILE_URL_RANDOM || 15));
/** Each page load takes about two seconds here: each route gets half the crafted list (alternate
 * entries, so every kind of attack reaches both) and all the random ones; HOSTILE_URL_ALL=1 gives
 * every route every query. */
const ALL = Boolean(process.env.HOSTILE_URL_ALL);
const share = (keep: (i: number) => boolean) => [
	...CRAFTED_QUERIES.filter((_, i) => ALL || keep(i)),
	...RANDOM
];
const QUERIES: Record<string, string[]> = {
	'/': share((i) => i % 2 === 0),
	'/embed': share((i) => i % 2 === 1),
	'/fr/embed': share((i) => i % 5 === 2).slice(0, 30)
};
const CHUNK = 25;

/** What the page should make of an address, by the same parsers, run here. */
function expected(path: string, raw: string) {
	const url = new URL(`${path}?${raw}`, origin);
	const { query, dropped } = queryFromAddress(url, vocabulary);
	const embed = path.endsWith('embed') ? readEmbedAddress(url.searchParams) : null;
	const href = addressFor(query, url);
	return {
		// The page rewrites its address once hydrated, when the usual form differs.
		href: href === url.pathname + url.search ? null : new URL(href, origin).href,
		notice: dropped.length + (embed?.dropped.length ?? 0) > 0,
		title: embed?.params.title ?? null,
		place: query.place
	};
}

function watch(page: Page) {
	const seen = { errors: [] as string[], dialogs: [] as string[], foreign: [] as string[] };
	page.on('pageerror', (error) => seen.errors.push(error.message));
	page.on('dialog', (dialog) => {
		seen.dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) seen.foreign.push(url);
	});
	return seen;
}

/** Markup no address should ever have made, and whether the map shows something. */
const pageFacts = (page: Page) =>
	page.evaluate(() => ({
		handlers: [...document.querySelectorAll('*')].flatMap((el) =>
			[...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)
		),
		scriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')
			.length,
		frames: document.querySelectorAll('iframe, object, embed').length,
		mapDrawn: [...document.querySelectorAll('.map-view svg, .map-view canvas')].some(
			(el) => el.checkVisibility() && el.getBoundingClientRect().width > 100
		)
	}));

async function check(page: Page, seen: ReturnType<typeof watch>, path: string, raw: string) {
	const want = expected(path, raw);
	const label = `${path}?${raw.slice(0, 120)}`;
	await page.goto(`${origin}${path}?${raw}`);
	if (want.href) await expect.poll(() => page.url(), { message: label }).toBe(want.href);
	const notice = page.locator('.address-notice');
	if (want.notice) await expect(notice, label).toBeVisible();
	if (path.endsWith('embed')) {
		await expect(page.locator('#embed-place'), label).toBeVisible();
		await expect(page.locator('#embed-place option')).toHaveCount(atlas.places.length + 1);
		await expect(page.locator('#embed-place'), label).toHaveValue(want.place ?? '');
		const title = page.locator('.embed-title');
		if (want.title === null) await expect(title, label).toHaveCount(0);
		else {
			await expect(title, label).toHaveText(want.title, { useInnerText: true });
			expect(await title.evaluate((h) => h.childElementCount), label).toBe(0);
		}
	} else {
		await expect(page.locator('.place-list'), label).toBeVisible();
	}
	if (!want.notice) await expect(notice, label).toHaveCount(0);
	const facts = await pageFacts(page);
	expect(facts, label).toEqual({ handlers: [], scriptLinks: 0, frames: 0, mapDrawn: true });
	expect(seen, label).toEqual({ errors: [], dialogs: [], foreign: [] });
}

for (const [path, queries] of Object.entries(QUERIES)) {
	test.describe(`hostile addresses on ${path}`, () => {
		for (let start = 0; start < queries.length; start += CHUNK) {
			const chunk = queries.slice(start, start + CHUNK);
			test(`queries ${start + 1}–${start + chunk.length} of ${queries.length}`, async ({
				page
			}) => {
				test.setTimeout(chunk.length * 15_000);
				const seen = watch(page);
				for (const raw of chunk) await check(page, seen, path, raw);
			});
		}
	});
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { chromium, expect, test, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { serve } from '../../scripts/serve.js';
import { chromiumArgs, chromiumPath } from '../chromium.js';
import { reachForMap } from '../support/reachForMap';

// The site is served by Playwright's web server; the host page, a stranger's page and a copy of the
// site under a sub-path (with its CSP as a header) each get another port, hence another origin.
const port = Number(process.env.E2E_PORT || 4173);
const site = `http://127.0.0.1:${port}/`;
const hostPort = port + 2;
const strangerPort = port + 3;
const subPort = port + 4;
const subSite = `http://127.0.0.1:${subPort}/sub/path/`;

let servers: Server[] = [];
let hostUrl = '';

function hostPage(root: string): string {
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A partner's page</title><link rel="icon" href="data:,"></head>
<body style="margin:0;font:16px sans-serif">
<h1>A partner's page</h1>
<p style="height:120px">Some text above the maps.</p>
<iframe id="first" data-hrc-embed src="${root}embed?title=Our%20partners&amp;height=300" title="Map one" height="520" style="width:100%;border:0"></iframe>
<p>Text between the maps.</p>
<a id="second" data-hrc-embed href="${root}fr/embed?place=utrecht&amp;height=240" data-height="400">Carte des villes des droits humains</a>
<iframe id="stranger" src="http://127.0.0.1:${strangerPort}/" title="Someone else's widget" height="60" style="width:100%;border:0"></iframe>
<div style="height:3000px">Text below the maps.</div>
<script async src="${root}embed.js"></script>
</body></html>`;
}

test.beforeAll(async () => {
	const dir = mkdtempSync(join(tmpdir(), 'hrc-host-'));
	writeFileSync(join(dir, 'index.html'), hostPage(site));
	const origin = (o: string) => encodeURIComponent(o);
	writeFileSync(
		join(dir, 'origin.html'),
		`<!doctype html><title>Origins</title><link rel="icon" href="data:,">
<iframe id="mine" data-hrc-embed src="${site}embed?height=200&amp;origin=${origin(`http://127.0.0.1:${hostPort}`)}" title="Mine" style="width:100%;border:0"></iframe>
<iframe id="theirs" data-hrc-embed src="${site}embed?height=200&amp;origin=${origin(`http://127.0.0.1:${strangerPort}`)}" title="Theirs" style="width:100%;border:0"></iframe>
<script async src="${site}embed.js"></script>`
	);
	const strangerDir = mkdtempSync(join(tmpdir(), 'hrc-stranger-'));
	writeFileSync(
		join(strangerDir, 'index.html'),
		'<!doctype html><title>Widget</title><link rel="icon" href="data:,"><p>A widget</p>'
	);
	const host = await serve({ dir, port: hostPort });
	const stranger = await serve({ dir: strangerDir, port: strangerPort });
	const sub = await serve({
		dir: 'build',
		port: subPort,
		base: '/sub/path',
		csp: true,
		headers: { 'x-content-type-options': 'nosniff' }
	});
	servers = [host.server, stranger.server, sub.server];
	hostUrl = host.url;
});

test.afterAll(async () => {
	await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
});

/** Page errors, console errors and CSP violations, in the page and in all its frames. */
function watch(page: Page) {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	page.on(
		'console',
		(message) => message.type() === 'error' && problems.push(`console: ${message.text()}`)
	);
	page.on(
		'response',
		(response) =>
			response.status() >= 400 && problems.push(`HTTP ${response.status()} ${response.url()}`)
	);
	return problems;
}

const frameHeight = (page: Page, selector: string) =>
	page.locator(selector).evaluate((iframe) => Math.round(iframe.getBoundingClientRect().height));

/** The content height the embed document lays out, seen from inside the frame. */
const contentHeight = (frame: FrameLocator) =>
	frame.locator('.embed').evaluate((root) => Math.round(root.getBoundingClientRect().height));

/** The first embed at rest: its title, its 300 px map and its bottom bar, as its own fonts lay them out. */
const restHeight = (frame: FrameLocator) =>
	frame
		.locator('.embed')
		.evaluate((root) =>
			Math.ceil(
				[...root.children].reduce(
					(sum, child) =>
						sum +
						(child.classList.contains('map-box') ? 300 : child.getBoundingClientRect().height),
					0
				)
			)
		);

/** Opens the host page; waits for the embeds in view to take their height (Chromium does not lay
 * out a frame of another origin while it is out of view). */
async function openHost(page: Page, { bothInView = true, timeout = 15_000 } = {}) {
	await page.goto(hostUrl);
	// The second embed is a placeholder link that embed.js turns into an iframe.
	await expect(page.locator('iframe[data-hrc-embed]')).toHaveCount(2);
	await expect(page.locator('a#second')).toHaveCount(0);
	const first = page.frameLocator('iframe#first');
	const second = page.frameLocator('iframe[src*="fr/embed"]');
	// Sized by their own messages: until then the iframe keeps its height attribute.
	await expect
		.poll(() => page.locator('iframe#first').evaluate((f) => f.style.height), { timeout })
		.not.toBe('');
	if (bothInView)
		await expect
			.poll(() => page.locator('iframe[src*="fr/embed"]').evaluate((f) => f.style.height), {
				timeout
			})
			.not.toBe('');
	return { first, second };
}

/** Notes, on the host page, each change of an embed's height and when it happened. */
async function recordResizes(page: Page) {
	await page.evaluate(() => {
		const record: { id: string; height: number; at: number }[] = [];
		(window as unknown as { resizes: typeof record }).resizes = record;
		const observer = new ResizeObserver((entries) => {
			for (const entry of entries)
				record.push({
					id: entry.target.id,
					height: Math.round(entry.target.getBoundingClientRect().height),
					at: Date.now()
				});
		});
		for (const iframe of document.querySelectorAll('iframe[data-hrc-embed]'))
			observer.observe(iframe);
	});
}

/** Notes, inside an embed, when the reader next clicks or changes something. */
async function markAction(frame: FrameLocator) {
	await frame.locator('body').evaluate(() => {
		const w = window as unknown as { actedAt?: number };
		w.actedAt = undefined;
		const note = () => (w.actedAt ??= Date.now());
		document.addEventListener('click', note, { capture: true, once: true });
		document.addEventListener('change', note, { capture: true, once: true });
	});
}

/** Milliseconds from the reader's action in the first embed to the host page's new height for it. */
async function resizeLatency(
	page: Page,
	frame: FrameLocator,
	want: { above?: number; exactly?: number }
): Promise<number> {
	const acted = await frame
		.locator('body')
		.evaluate(() => (window as unknown as { actedAt: number }).actedAt);
	const resized = await page.evaluate(
		({ acted, want }) =>
			(window as unknown as { resizes: { id: string; height: number; at: number }[] }).resizes.find(
				(r) =>
					r.id === 'first' &&
					r.at >= acted &&
					(want.exactly === undefined ? r.height > want.above! : r.height === want.exactly)
			)?.at,
		{ acted, want }
	);
	expect(resized, 'the iframe took the new height').toBeDefined();
	return resized! - acted;
}

test.describe('two embeds on a page of another origin', () => {
	test.use({ viewport: { width: 1000, height: 2400 } });

	test('each takes its own height, and re-sizes within a second when a place opens or closes', async ({
		page
	}) => {
		const problems = watch(page);
		const { first, second } = await openHost(page);

		// At rest the first embed is its title bar, its 300 px map and its bottom bar: what the
		// Share dialog's fixed-height snippet also gives.
		const rest = await restHeight(first);
		expect(rest).toBeGreaterThanOrEqual(380);
		await expect.poll(() => frameHeight(page, 'iframe#first')).toBe(rest);
		await expect(first.getByRole('heading', { level: 1 })).toHaveText('Our partners');
		// The second opens on Utrecht, in French, so its place panel makes it taller.
		await expect(second.locator('.place-panel h2')).toHaveText('Utrecht');
		await expect(second.getByRole('button', { name: 'Fermer' })).toBeVisible();
		const secondHeight = await frameHeight(page, 'iframe[src*="fr/embed"]');
		expect(secondHeight).toBeGreaterThan(240 + 40 + 100);
		expect(secondHeight).toBe(await contentHeight(second));

		// A reader opens a place in the first embed: the frame grows to show the whole panel.
		await recordResizes(page);
		await markAction(first);
		await first.getByLabel('Place', { exact: true }).selectOption('jenin');
		await expect(first.locator('.place-panel h2')).toHaveText('Jenin');
		await expect.poll(() => frameHeight(page, 'iframe#first')).toBeGreaterThan(rest + 100);
		expect(await resizeLatency(page, first, { above: rest + 100 })).toBeLessThan(1000);
		expect(await frameHeight(page, 'iframe#first')).toBe(await contentHeight(first));
		// No scroll bar inside the frame: all of the content shows.
		expect(
			await first.locator('html').evaluate((html) => html.scrollHeight - innerHeight)
		).toBeLessThanOrEqual(0);

		// Closing the place shrinks the frame back.
		await markAction(first);
		await first.getByRole('button', { name: 'Close' }).click();
		await expect.poll(() => frameHeight(page, 'iframe#first')).toBe(rest);
		expect(await resizeLatency(page, first, { exactly: rest })).toBeLessThan(1000);
		// The other embed did not move.
		expect(await frameHeight(page, 'iframe[src*="fr/embed"]')).toBe(secondHeight);
		expect(problems).toEqual([]);
	});

	test('the host selects a place by message, and learns the view’s address', async ({ page }) => {
		const problems = watch(page);
		await page.goto(hostUrl);
		// Sent as soon as the script runs, before the embeds are ready: embed.js holds it until they are.
		await page.waitForFunction(() => 'HRCMap' in window);
		await page.evaluate(() =>
			(window as unknown as { HRCMap: { select: (f: string, p: string) => void } }).HRCMap.select(
				'#first',
				'seine-saint-denis'
			)
		);
		const first = page.frameLocator('iframe#first');
		await expect(first.locator('.place-panel h2')).toHaveText('Seine-Saint-Denis');
		await expect(page.locator('iframe#first')).toHaveAttribute(
			'data-hrc-view',
			`${site}place/seine-saint-denis`
		);
		await expect.poll(() => frameHeight(page, 'iframe#first')).toBe(await contentHeight(first));

		// The same through a plain postMessage, and the hrc:view event on the iframe.
		const event = page.evaluate(
			() =>
				new Promise((resolve) =>
					document
						.getElementById('first')!
						.addEventListener('hrc:view', (e) => resolve((e as CustomEvent).detail), { once: true })
				)
		);
		await page.evaluate((origin) => {
			const iframe = document.getElementById('first') as HTMLIFrameElement;
			iframe.contentWindow!.postMessage({ type: 'hrc:select', place: 'mexico-city' }, origin);
		}, new URL(site).origin);
		await expect(first.locator('.place-panel h2')).toHaveText('Mexico City');
		expect(await event).toEqual({ url: `${site}place/mexico-city`, place: 'mexico-city' });
		// The other embed kept its own place.
		await expect(
			page.frameLocator('iframe[src*="fr/embed"]').locator('.place-panel h2')
		).toHaveText('Utrecht');
		expect(problems).toEqual([]);
	});

	test('the host filters the map by message: what a command names changes, the rest stays', async ({
		page
	}) => {
		type Api = { HRCMap: { filter: (f: string, filters: object) => void } };
		const problems = watch(page);
		await page.goto(hostUrl);
		await page.waitForFunction(() => 'HRCMap' in window);
		// The embed says when a filter is on: the map only dims what it leaves out.
		const status = page.frameLocator('iframe#first').locator('.embed-bar [role=status]');
		await expect(status).toHaveText('');
		await page.evaluate(() =>
			(window as unknown as Api).HRCMap.filter('#first', {
				themes: ['participation', 'housing', 'gender'],
				regions: ['europe'],
				match: 'all'
			})
		);
		// Unknown ids left out, the lists in the data's order: the view's address says so.
		const view = page.locator('iframe#first');
		await expect(view).toHaveAttribute(
			'data-hrc-view',
			`${site}?themes=gender,participation&match=all&regions=europe`
		);
		// Utrecht, Terrassa and Seine-Saint-Denis work on both themes.
		await expect(status).toHaveText('Filtered: 3 of 13 places');
		await page.evaluate(() =>
			(window as unknown as Api).HRCMap.filter('#first', { regions: [], q: 'Amsterdam' })
		);
		await expect(view).toHaveAttribute(
			'data-hrc-view',
			`${site}?themes=gender,participation&match=all&q=Amsterdam`
		);
		// The embed's own link to the full site opens the same view.
		const full = page.frameLocator('iframe#first').locator('.embed-bar a');
		expect(new URL((await full.getAttribute('href'))!, site).href).toBe(
			`${site}?themes=gender,participation&match=all&q=Amsterdam`
		);
		// The other embed kept its own view.
		await expect(page.locator('iframe[src*="fr/embed"]')).toHaveAttribute(
			'data-hrc-view',
			`${site}fr/place/utrecht`
		);
		await expect(status).toHaveText('Filtered: 0 of 13 places');
		// In the embed's language; cleared filters, no status.
		await page.evaluate(() =>
			(window as unknown as Api).HRCMap.filter('iframe[src*="fr/embed"]', { regions: ['europe'] })
		);
		await expect(
			page.frameLocator('iframe[src*="fr/embed"]').locator('.embed-bar [role=status]')
		).toHaveText('Filtre : 7 sur 13 lieux');
		await page.evaluate(() =>
			(window as unknown as Api).HRCMap.filter('#first', { themes: [], q: '' })
		);
		await expect(view).toHaveAttribute('data-hrc-view', `${site}?match=all`);
		await expect(status).toHaveText('');
		expect(problems).toEqual([]);
	});

	test('messages from the wrong window, the wrong origin or with the wrong shape change nothing', async ({
		page
	}) => {
		const problems = watch(page);
		const { first, second } = await openHost(page);
		const rest = await restHeight(first);
		await expect.poll(() => frameHeight(page, 'iframe#first')).toBe(rest);
		const secondHeight = await frameHeight(page, 'iframe[src*="fr/embed"]');
		// What the host page learns from the first embed from now on: its heights and its views.
		await recordResizes(page);
		await page.evaluate(() => {
			const views: unknown[] = [];
			(window as unknown as { views: unknown[] }).views = views;
			document
				.getElementById('first')!
				.addEventListener('hrc:view', (event) => views.push((event as CustomEvent).detail));
		});

		// A stranger's frame on the same page posts commands to the embed, and sizes and views to the host.
		const stranger = page
			.frames()
			.find((frame: Frame) => frame.url().startsWith(`http://127.0.0.1:${strangerPort}`))!;
		await stranger.evaluate(() => {
			const embed = parent.frames[0]!;
			embed.postMessage({ type: 'hrc:select', place: 'jenin' }, '*');
			parent.postMessage({ type: 'hrc:size', height: 5000 }, '*');
			parent.postMessage({ type: 'hrc:view', url: 'https://evil.example/', place: null }, '*');
		});
		// The host page posts to itself, as if it were an embed.
		await page.evaluate(() => window.postMessage({ type: 'hrc:size', height: 4000 }, '*'));
		// The host (the right window) sends malformed commands.
		await page.evaluate((origin) => {
			const embed = (document.getElementById('first') as HTMLIFrameElement).contentWindow!;
			const bad: unknown[] = [
				'hrc:select jenin',
				JSON.stringify({ type: 'hrc:select', place: 'jenin' }),
				null,
				[{ type: 'hrc:select', place: 'jenin' }],
				{ type: 'hrc:select', place: 7 },
				{ type: 'hrc:select', place: 'Jenin' },
				{ type: 'hrc:select', place: 'atlantis' },
				{ type: 'hrc:select', place: 'jenin', extra: true },
				{ type: 'hrc:select', place: 'j'.repeat(5_000_000) },
				{ type: 'hrc:select', place: '<img src=x onerror=alert(1)>' },
				{ type: 'hrc:filter', themes: Array(1_000_000).fill('housing') },
				{ type: 'hrc:navigate', url: 'https://evil.example/' },
				{ type: 'hrc:size', height: 10 }
			];
			for (const message of bad) embed.postMessage(message, origin);
		}, new URL(site).origin);

		// Then a valid command: messages arrive in order, so once it shows, all the others were handled.
		await page.evaluate(() =>
			(window as unknown as { HRCMap: { select: (f: string, p: string) => void } }).HRCMap.select(
				'#first',
				'utrecht'
			)
		);
		await expect(first.locator('.place-panel h2')).toHaveText('Utrecht');
		await expect(page.locator('iframe#first')).toHaveAttribute(
			'data-hrc-view',
			`${site}place/utrecht`
		);
		expect(await page.evaluate(() => (window as unknown as { views: unknown[] }).views)).toEqual([
			{ url: `${site}place/utrecht`, place: 'utrecht' }
		]);
		const heights = await page.evaluate(() =>
			(window as unknown as { resizes: { id: string; height: number }[] }).resizes
				.filter((r) => r.id === 'first')
				.map((r) => r.height)
		);
		// The first record is the height when recording began.
		expect(heights.filter((height) => height < rest || height >= 4000)).toEqual([]);
		expect(await frameHeight(page, 'iframe[src*="fr/embed"]')).toBe(secondHeight);

		// An embed's message moves its own iframe only, never the other one of the same origin.
		await second
			.locator('body')
			.evaluate(() => parent.postMessage({ type: 'hrc:size', height: 1234 }, '*'));
		await expect.poll(() => frameHeight(page, 'iframe[src*="fr/embed"]')).toBe(1234);
		expect(await frameHeight(page, 'iframe#first')).toBe(await contentHeight(first));
		expect(problems).toEqual([]);
	});

	test('with origin=, an embed obeys and speaks to that host origin only', async ({ page }) => {
		await page.goto(`${hostUrl}origin.html`);
		const mine = page.frameLocator('#mine');
		const theirs = page.frameLocator('#theirs');
		await expect.poll(() => page.locator('#mine').evaluate((f) => f.style.height)).not.toBe('');
		await expect(theirs.locator('.map-view')).toBeVisible();
		await page.evaluate((origin) => {
			for (const id of ['mine', 'theirs'])
				(document.getElementById(id) as HTMLIFrameElement).contentWindow!.postMessage(
					{ type: 'hrc:select', place: 'jenin' },
					origin
				);
		}, new URL(site).origin);
		await expect(mine.locator('.place-panel h2')).toHaveText('Jenin');
		// The other embed, told to obey only another origin, neither obeys nor reports its size here.
		await expect(theirs.locator('.place-panel')).toHaveCount(0);
		expect(await page.locator('#theirs').evaluate((f) => f.style.height)).toBe('');
	});
});

test.describe('scrolling', () => {
	test.use({ viewport: { width: 1000, height: 700 } });

	async function wheelOverMap(page: Page) {
		const box = (await page.locator('iframe#first').boundingBox())!;
		const scrollBefore = await page.evaluate(() => scrollY);
		// Over the middle of the map (below the 40 px title bar).
		await page.mouse.move(box.x + box.width / 2, box.y + 40 + 150);
		await page.mouse.wheel(0, 300);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore + 100);
	}

	test('the mouse wheel over the MapLibre map scrolls the host page, and leaves the map alone', async ({
		page
	}) => {
		const { first } = await openHost(page, { bothInView: false });
		await reachForMap(first.locator('.map-view'));
		const zoom = () =>
			first
				.locator('body')
				.evaluate(() =>
					(window as unknown as { __hrcMap: { getZoom: () => number } }).__hrcMap.getZoom()
				);
		const before = await zoom();
		await page.locator('iframe#first').scrollIntoViewIfNeeded();
		await wheelOverMap(page);
		expect(await zoom()).toBe(before);
	});

	test('the mouse wheel over the SVG map (no WebGL) scrolls the host page', async () => {
		const browser = await chromium.launch({
			executablePath: chromiumPath,
			args: [...chromiumArgs, '--disable-webgl']
		});
		try {
			const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
			// A second browser on a busy machine: its first page may take longer than the usual wait.
			const { first } = await openHost(page, { bothInView: false, timeout: 45_000 });
			await expect(first.locator('.map-view')).toHaveAttribute('data-renderer', 'svg');
			await expect(first.locator('svg.svg-map')).toBeVisible();
			await page.locator('iframe#first').scrollIntoViewIfNeeded();
			await wheelOverMap(page);
		} finally {
			await browser.close();
		}
	});
});

test.describe('anywhere, privately', () => {
	/** Collects CSP violations in every frame, as the page reports them to itself. */
	async function cspWatch(page: Page) {
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) =>
				console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
			);
		});
		const foreign: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol === 'data:' || url.protocol === 'blob:') return;
			if (url.origin !== `http://127.0.0.1:${subPort}` && url.origin !== new URL(site).origin)
				foreign.push(request.url());
		});
		return foreign;
	}

	for (const [name, root] of [
		['at the root, with the policy in each page', site],
		['under a sub-path, with the policy also sent as a header', subSite]
	] as const)
		test(`the site works ${name}, logs no CSP violation, asks no other origin and sets no cookie`, async ({
			page,
			context
		}) => {
			const problems = watch(page);
			const foreign = await cspWatch(page);
			for (const path of ['', 'place/utrecht', 'embed?place=jenin', 'fr/embed?show=map']) {
				await page.goto(`${root}${path}`);
				// Until MapLibre (its chunk, its worker, its style sheet, the basemap) has drawn the map.
				await reachForMap(page.locator('.map-view'));
				expect(await page.evaluate(() => document.cookie)).toBe('');
			}
			await expect(page.locator('.embed-bar select')).toHaveValue('');
			expect(await context.cookies()).toEqual([]);
			expect(foreign).toEqual([]);
			expect(problems).toEqual([]);
		});

	test('under a sub-path, the Share dialog writes addresses of that sub-path and the view’s filters, and its snippet works on another origin', async ({
		page,
		context
	}) => {
		const problems = watch(page);
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(subSite).origin
		});
		await page.goto(`${subSite}place/utrecht?regions=europe`);
		const opener = page.getByRole('button', { name: 'Share / Embed' });
		await opener.click();
		const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByLabel('Link to this view')).toHaveValue(
			`${subSite}place/utrecht?regions=europe`
		);
		await dialog.getByLabel('Language').selectOption('es');
		await dialog.getByLabel('Map height (pixels)').fill('320');
		await dialog.getByLabel('Map height (pixels)').press('Enter');
		const snippet = await dialog.getByLabel(/Embed code: sizes itself/).inputValue();
		expect(snippet).toBe(
			`<iframe data-hrc-embed src="${subSite}es/embed?place=utrecht&amp;regions=europe&amp;height=320" title="Mapa de ciudades de derechos humanos" height="360" style="width:100%;border:0" loading="lazy"></iframe>\n` +
				`<script async src="${subSite}embed.js"></script>`
		);
		await expect(dialog.getByLabel(/Embed code without script/)).toHaveValue(
			`<iframe src="${subSite}es/embed?place=utrecht&amp;regions=europe&amp;height=320" title="Mapa de ciudades de derechos humanos" height="360" style="width:100%;border:0" loading="lazy"></iframe>`
		);
		const scriptField = dialog.locator('.copy-field', {
			has: page.getByLabel(/Embed code: sizes itself/)
		});
		await scriptField.getByRole('button', { name: 'Copy' }).click();
		await expect(scriptField.getByRole('status')).toHaveText('Copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
		// The live preview shows the embed as chosen.
		const preview = dialog.frameLocator('iframe.preview');
		await expect(preview.locator('.place-panel h2')).toHaveText('Utrecht');
		await expect(preview.getByRole('button', { name: 'Cerrar' })).toBeVisible();
		// Escape closes the dialog and gives the focus back to its button.
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(opener).toBeFocused();

		// The snippet, pasted into a page of another origin.
		const hostDir = mkdtempSync(join(tmpdir(), 'hrc-paste-'));
		writeFileSync(
			join(hostDir, 'index.html'),
			`<!doctype html><title>CMS</title><link rel="icon" href="data:,"><h1>News</h1>\n${snippet}`
		);
		const paste = await serve({ dir: hostDir, port: port + 5 });
		try {
			await page.goto(paste.url);
			const embed = page.frameLocator('iframe[data-hrc-embed]');
			await expect(embed.locator('.place-panel h2')).toHaveText('Utrecht');
			await expect
				.poll(() => frameHeight(page, 'iframe[data-hrc-embed]'))
				.toBe(await contentHeight(embed));
			expect(await frameHeight(page, 'iframe[data-hrc-embed]')).toBeGreaterThan(360);
		} finally {
			await new Promise((done) => paste.server.close(done));
		}
		expect(problems).toEqual([]);
	});
});

test.describe('accessibility', () => {
	test.use({ bypassCSP: true }); // to inject axe-core, which runs as an inline script

	async function axe(page: Page, include: string): Promise<string[]> {
		await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
		return page.evaluate(async (include) => {
			const axe = (
				window as unknown as {
					axe: {
						run: (
							c: unknown
						) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
					};
				}
			).axe;
			const { violations } = await axe.run({ include: [include] });
			return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
		}, include);
	}

	test('the embed, with a title and a place open, and the Share dialog have no axe violation', async ({
		page
	}) => {
		await page.goto(`${site}fr/embed?place=jenin&title=Nos%20partenaires`);
		await expect(page.locator('.place-panel h2')).toHaveText('Jénine');
		expect(await axe(page, 'body')).toEqual([]);

		await page.goto(site);
		await page.getByRole('button', { name: 'Share / Embed' }).click();
		await expect(page.getByRole('dialog')).toBeVisible();
		expect(await axe(page, '.share-dialog')).toEqual([]);
	});
});

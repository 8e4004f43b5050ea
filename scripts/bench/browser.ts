/**
 * Chromium figures for one built site: first paint of the places, MapLibre idle (and the same for
 * the bare reference page copied into the build), bytes per route, and main-thread time of
 * interactions. Debian's Chromium through playwright-core, with the test suite's flags.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type CDPSession,
	type Page
} from 'playwright-core';
import { serve } from '../serve.js';
import { chromiumArgs, chromiumPath } from '../../tests/chromium.js';
import {
	decodeMappings,
	hotspots,
	originalPosition,
	type CpuProfile,
	type Hotspot,
	type Resolver,
	type SourceMap
} from './profile';
import { summarize, type Summary } from './stats';

/** Where the app marks its places, most specific first; the reference page has none. */
export const PLACE_SELECTORS = [
	'.place-list a[data-place]',
	'.map-view [data-place]',
	'[data-place]',
	'.map-view svg circle'
];
/** Controls that switch between views, by role first. */
export const VIEW_SELECTORS = [
	'[role=tablist] [role=tab]',
	'input[type=radio][name*=view]',
	'[data-view]'
];
export const INTERACTIONS = ['place', 'theme', 'view'] as const;
export type Interaction = (typeof INTERACTIONS)[number];

const PROBE = readFileSync(new URL('../../bench/probe.js', import.meta.url), 'utf8');
const VIEWPORT = { width: 1280, height: 800 };

export interface Marks {
	firstPaint?: number;
	firstContentfulPaint?: number;
	placesInDom?: number;
	placesPainted?: number;
	/** When the app marked its root as hydrated: the page answers from then on. */
	hydrated?: number;
	mapIdle?: number;
}

export interface Bytes {
	requests: number;
	raw: number;
	gzip: number;
}

export interface PageLoad {
	url: string;
	status: number;
	marks: Marks;
	renderer: string | null;
	/** Main-thread milliseconds from navigation to the end of the load (idle), and DOM nodes then. */
	mainThread: Counters & { nodes: number };
	/** Size of the app's map, given to the reference page so both draw the same pixels. */
	mapSize: { width: number; height: number } | null;
	firstPaint: Bytes & { js: Bytes; jsFiles: string[] };
	/**
	 * All JavaScript requested before the page hydrated: the first paint's, plus what the page's
	 * load awaits before it hydrates (the default overview's code). Null without a hydration mark.
	 */
	untilHydrated: { js: Bytes; jsFiles: string[] } | null;
	total: Bytes;
	basemaps: string[];
	errors: string[];
}

export interface InteractionResult {
	kind: Interaction;
	status: 'ok' | 'n/a';
	controls?: string[];
	/** Main-thread task time (Chrome's TaskDuration) from the event to the end of the next frame. */
	mainThreadMs?: Summary;
	/** Wall time from the event to the end of the next frame (includes waiting for the frame). */
	wallMs?: Summary;
	/** Medians of script, style recalculation and layout within the main-thread time. */
	breakdownMs?: { script: number; style: number; layout: number };
	/** Where the main thread spent its time in 6 more repetitions, under the profiler. */
	hotspots?: Hotspot[];
}

export interface SiteResult {
	label: string;
	loads: number;
	app: {
		placesPaintedMs: Summary;
		firstContentfulPaintMs: Summary;
		mapIdleMs: Summary | null;
		renderer: string | null;
		mainThreadMs: MainThreadMedians;
	};
	reference: {
		mapIdleMs: Summary | null;
		basemap: string;
		url: string;
		mainThreadMs: MainThreadMedians;
	} | null;
	mapIdleRatio: number | null;
	routes: PageLoad[];
	interactions: InteractionResult[];
	/** Main-thread time of a frame with no interaction, the floor under the figures above. */
	idleFrame: {
		mainThreadMs: Summary;
		wallMs: Summary;
		breakdownMs: { script: number; style: number; layout: number };
	} | null;
	/** Where the main thread spent its time from navigation to MapLibre idle (one more load). */
	startupHotspots: Hotspot[];
}

/** Medians over the loads of the main-thread counters, and of the DOM size. */
export type MainThreadMedians = Counters & { nodes: number };

function medians(loads: PageLoad[]): MainThreadMedians {
	const of = (key: keyof MainThreadMedians) =>
		summarize(loads.map((l) => l.mainThread[key])).median;
	return {
		task: of('task'),
		script: of('script'),
		style: of('style'),
		layout: of('layout'),
		nodes: of('nodes')
	};
}

export interface SiteOptions {
	label: string;
	buildDir: string;
	port: number;
	/** Route paths to weigh, e.g. ['/', '/embed', '/place/utrecht']; missing ones are skipped. */
	routes: string[];
	themeLabels: string[];
	loads: number;
	reps: number;
	/** How long to wait for MapLibre's first idle. */
	mapTimeoutMs: number;
	log: (line: string) => void;
}

function newContext(browser: Browser, themeLabels: string[]): Promise<BrowserContext> {
	return browser.newContext({ viewport: VIEWPORT }).then(async (context) => {
		const config = { placeSelectors: PLACE_SELECTORS, themeLabels, viewSelectors: VIEW_SELECTORS };
		await context.addInitScript({
			content: `window.__benchConfig = ${JSON.stringify(config)};\n${PROBE}`
		});
		return context;
	});
}

const isJs = (url: string, type: string) => /javascript/.test(type) || /\.m?js(\?|$)/.test(url);
const weigh = (list: { raw: number; gzip: number }[]): Bytes => ({
	requests: list.length,
	raw: list.reduce((n, r) => n + r.raw, 0),
	gzip: list.reduce((n, r) => n + r.gzip, 0)
});

/** Loads one URL in a fresh context (a first visit: empty cache) and records what it cost. */
async function loadPage(
	browser: Browser,
	url: string,
	options: SiteOptions,
	{ keepOpen = false, expectPlaces = true } = {}
): Promise<{ load: PageLoad; page?: Page; context?: BrowserContext }> {
	const context = await newContext(browser, options.themeLabels);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	const pending: Promise<{
		url: string;
		type: string;
		start: number;
		raw: number;
		gzip: number;
		html?: string;
	} | null>[] = [];
	context.on('response', (response) => {
		pending.push(
			(async () => {
				// Playwright cannot always hand over a very large body (the 30 MB page at 10,000
				// places): then ask the server again; the site is static, the bytes are the same.
				const body =
					(await response.body().catch(() => null)) ??
					(response.status() === 200
						? Buffer.from(await (await fetch(response.url())).arrayBuffer())
						: null);
				if (!body) return null;
				const type = response.headers()['content-type'] ?? '';
				// Compressed formats are served as they are; text is gzipped by any decent host.
				const gzip = /woff2|png|jpe?g|webp|pbf/.test(type) ? body.length : gzipSync(body).length;
				const html = /text\/html/.test(type) ? body.toString('utf8') : undefined;
				return {
					url: response.url(),
					type,
					start: response.request().timing().startTime,
					raw: body.length,
					gzip,
					html
				};
			})()
		);
	});
	const response = await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
	// Polled with evaluate (which the page's CSP allows), not waitForFunction (which evaluates a string).
	if (
		expectPlaces &&
		!(await waitFor(page, 'window.__bench.marks.placesPainted !== undefined', 60_000))
	)
		options.log(`  ${url}: no place mark found (selectors: ${PLACE_SELECTORS.join(', ')})`);
	if (!(await waitFor(page, 'window.__bench.marks.mapIdle !== undefined', options.mapTimeoutMs)))
		options.log(`  ${url}: no MapLibre idle within ${options.mapTimeoutMs} ms`);
	await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => {});
	const { marks, timeOrigin, renderer, mapSize } = (await page.evaluate(
		`(() => {
			const view = document.querySelector('.map-view');
			const box = view?.getBoundingClientRect();
			return {
				marks: window.__bench.marks,
				timeOrigin: performance.timeOrigin,
				renderer: view?.getAttribute('data-renderer') ?? null,
				mapSize: box ? { width: Math.round(box.width), height: Math.round(box.height) } : null
			};
		})()`
	)) as { marks: Marks; timeOrigin: number; renderer: string | null; mapSize: PageLoad['mapSize'] };
	const totals = await counters(cdp);
	await cdp.detach();
	const mainThread = {
		task: totals.task * 1000,
		script: totals.script * 1000,
		style: totals.style * 1000,
		layout: totals.layout * 1000,
		nodes: totals.nodes
	};
	const responses = (await Promise.all(pending)).filter((r) => r !== null);
	const paintedAt = marks.firstContentfulPaint ?? marks.placesPainted ?? Infinity;
	// What the first paint needs: the document, what it references itself (stylesheets,
	// modulepreloaded JavaScript) and whatever else, not JavaScript, was requested before the first
	// contentful paint (fonts). Lazily imported JavaScript (MapLibre) is in the total only.
	const documentUrl = page.url();
	const referenced = staticallyReferenced(
		responses.find((r) => r.url === documentUrl)?.html ?? '',
		documentUrl
	);
	const early = responses.filter(
		(r) =>
			r.url === documentUrl ||
			referenced.has(r.url) ||
			(!isJs(r.url, r.type) && r.start - timeOrigin <= paintedAt)
	);
	const earlyJs = early.filter((r) => isJs(r.url, r.type));
	const jsUntilHydrated =
		marks.hydrated === undefined
			? null
			: responses.filter((r) => isJs(r.url, r.type) && r.start - timeOrigin <= marks.hydrated!);
	const fileNames = (some: typeof responses) =>
		some.map((r) => new URL(r.url).pathname.split('/').pop() ?? r.url);
	const load: PageLoad = {
		url,
		status: response?.status() ?? 0,
		marks,
		renderer,
		mapSize,
		mainThread,
		firstPaint: {
			...weigh(early),
			js: weigh(earlyJs),
			jsFiles: fileNames(earlyJs)
		},
		untilHydrated: jsUntilHydrated && {
			js: weigh(jsUntilHydrated),
			jsFiles: fileNames(jsUntilHydrated)
		},
		total: weigh(responses),
		basemaps: responses
			.map((r) => new URL(r.url).pathname)
			.filter((p) => /\/basemap\//.test(p))
			.map((p) => p.split('/').pop()!),
		errors
	};
	if (keepOpen) return { load, page, context };
	await context.close();
	return { load };
}

async function waitFor(page: Page, expression: string, timeout: number): Promise<boolean> {
	const end = Date.now() + timeout;
	while (Date.now() < end) {
		if (await page.evaluate(expression).catch(() => false)) return true;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return false;
}

/**
 * What the served HTML asks for by itself: stylesheets, modulepreloads, scripts, images. Read
 * from the HTML as served, since Vite adds modulepreload links for lazy chunks at run time.
 */
export function staticallyReferenced(html: string, documentUrl: string): Set<string> {
	const urls = new Set<string>();
	for (const tag of html.match(/<(?:link|script|img)\b[^>]*>/gi) ?? []) {
		const ref = /\b(?:href|src)=["']([^"']+)["']/i.exec(tag)?.[1];
		if (ref) urls.add(new URL(ref.replace(/&amp;/g, '&'), documentUrl).href);
	}
	return urls;
}

/** Maps positions in the served scripts to their sources, with the build's source maps. */
function sourceMapResolver(buildDir: string, base: string): Resolver {
	const maps = new Map<string, { map: SourceMap; decoded: number[][][] } | null>();
	return (url, line, column) => {
		if (!url.startsWith(base)) return null;
		const path = join(
			buildDir,
			decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length))
		);
		if (!maps.has(path)) {
			const file = `${path}.map`;
			const map = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SourceMap) : null;
			maps.set(path, map && { map, decoded: decodeMappings(map.mappings) });
		}
		const entry = maps.get(path);
		return entry ? originalPosition(entry.map, entry.decoded, line, column) : null;
	};
}

async function startProfiler(cdp: CDPSession): Promise<void> {
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
}

async function stopProfiler(cdp: CDPSession): Promise<CpuProfile> {
	const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
	await cdp.send('Profiler.disable');
	return profile;
}

/** One more first visit, under the profiler, from navigation to MapLibre idle. */
async function profileStartup(
	browser: Browser,
	url: string,
	options: SiteOptions,
	resolve: Resolver
): Promise<Hotspot[]> {
	const context = await newContext(browser, options.themeLabels);
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await startProfiler(cdp);
		await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
		await waitFor(page, 'window.__bench.marks.mapIdle !== undefined', options.mapTimeoutMs);
		return hotspots(await stopProfiler(cdp), resolve);
	} finally {
		await context.close();
	}
}

/** Chrome's main-thread counters (seconds, cumulative): all tasks, script, layout, style. */
const COUNTERS = {
	TaskDuration: 'task',
	ScriptDuration: 'script',
	LayoutDuration: 'layout',
	RecalcStyleDuration: 'style'
} as const;
type Counters = Record<(typeof COUNTERS)[keyof typeof COUNTERS], number>;

async function counters(cdp: CDPSession): Promise<Counters & { nodes: number }> {
	const { metrics } = (await cdp.send('Performance.getMetrics')) as {
		metrics: { name: string; value: number }[];
	};
	const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
	return {
		task: value('TaskDuration'),
		script: value('ScriptDuration'),
		layout: value('LayoutDuration'),
		style: value('RecalcStyleDuration'),
		nodes: value('Nodes')
	};
}

interface Sample {
	wall: number;
	/** Milliseconds of each counter between the event and the end of the next frame. */
	main: Counters;
}

/** Main-thread and wall time of one action, from the event to the end of the next frame. */
async function measure(
	page: Page,
	cdp: CDPSession,
	prepare: string | null
): Promise<Sample | null> {
	await page.evaluate('window.__bench.settle()');
	if (prepare !== null && !(await page.evaluate(prepare))) return null;
	const before = await counters(cdp);
	const wall = (await page.evaluate(
		prepare === null ? 'window.__bench.idle()' : 'window.__bench.fire()'
	)) as number | null;
	const after = await counters(cdp);
	if (wall === null) return null;
	const main = Object.fromEntries(
		Object.values(COUNTERS).map((key) => [key, (after[key] - before[key]) * 1000])
	) as Counters;
	return { wall, main };
}

async function interactions(
	page: Page,
	context: BrowserContext,
	options: SiteOptions,
	resolve: Resolver
): Promise<{ results: InteractionResult[]; idleFrame: SiteResult['idleFrame'] }> {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
	const idle: Sample[] = [];
	for (let i = 0; i < options.reps; i++) {
		const sample = await measure(page, cdp, null);
		if (sample) idle.push(sample);
	}
	const results: InteractionResult[] = [];
	for (const kind of INTERACTIONS) {
		const count = (await page.evaluate(`window.__bench.count(${JSON.stringify(kind)})`)) as number;
		if (count === 0) {
			results.push({ kind, status: 'n/a' });
			continue;
		}
		const controls = (await page.evaluate(
			`window.__bench.describe(${JSON.stringify(kind)})`
		)) as string[];
		const prepare = (i: number) => `window.__bench.prepare(${JSON.stringify(kind)}, ${i})`;
		const samples: Sample[] = [];
		for (let i = 0; i < options.reps; i++) {
			// Places: a different one each time (one after another); themes and views: back and forth.
			const sample = await measure(page, cdp, prepare(kind === 'place' ? i + 1 : i));
			if (!sample) break;
			samples.push(sample);
		}
		if (!samples.length) {
			results.push({ kind, status: 'n/a', controls });
			continue;
		}
		await startProfiler(cdp);
		// An even number, so that a theme or view toggled back and forth ends as it started.
		for (let i = 0; i < 6; i++)
			await measure(page, cdp, prepare((kind === 'place' ? options.reps + 1 : options.reps) + i));
		const profiled = hotspots(await stopProfiler(cdp), resolve);
		results.push({
			kind,
			status: 'ok',
			controls,
			...summarizeSamples(samples),
			hotspots: profiled
		});
	}
	await cdp.detach();
	return { results, idleFrame: idle.length ? summarizeSamples(idle) : null };
}

function summarizeSamples(samples: Sample[]) {
	return {
		mainThreadMs: summarize(samples.map((s) => s.main.task)),
		wallMs: summarize(samples.map((s) => s.wall)),
		breakdownMs: {
			script: summarize(samples.map((s) => s.main.script)).median,
			style: summarize(samples.map((s) => s.main.style)).median,
			layout: summarize(samples.map((s) => s.main.layout)).median
		}
	};
}

const summaryOf = (values: (number | undefined)[]): Summary | null => {
	const known = values.filter((v): v is number => typeof v === 'number');
	return known.length ? summarize(known) : null;
};

export async function benchSite(options: SiteOptions): Promise<SiteResult> {
	const { server, url: base } = (await serve({ dir: options.buildDir, port: options.port })) as {
		server: Server;
		url: string;
	};
	const browser = await chromium.launch({
		executablePath: chromiumPath,
		args: chromiumArgs,
		headless: true
	});
	const at = (path: string) => new URL(path.replace(/^\//, ''), base).href;
	try {
		// Routes: bytes and timings of one first visit each; missing routes are skipped.
		const routes: PageLoad[] = [];
		for (const route of options.routes) {
			const found = await fetch(at(route), { method: 'HEAD' }).then(
				(r) => r.ok,
				() => false
			);
			if (!found) {
				options.log(`  ${route}: not in this build, skipped`);
				continue;
			}
			routes.push((await loadPage(browser, at(route), options)).load);
			options.log(`  ${route}: weighed`);
		}
		const basemap = routes[0]?.basemaps[0] ?? 'countries-110m.geojson';
		const size = routes[0]?.mapSize ?? { width: VIEWPORT.width, height: VIEWPORT.height };
		const referenceUrl = at(
			`bench-reference/?basemap=${encodeURIComponent(basemap)}&width=${size.width}&height=${size.height}`
		);
		const hasReference = await fetch(referenceUrl).then(
			(r) => r.ok,
			() => false
		);

		// Start-up: the app and the reference page in turn, so both see the same machine load.
		const app: PageLoad[] = [];
		const reference: PageLoad[] = [];
		for (let i = 0; i < options.loads; i++) {
			app.push((await loadPage(browser, at('/'), options)).load);
			if (hasReference)
				reference.push(
					(await loadPage(browser, referenceUrl, options, { expectPlaces: false })).load
				);
			options.log(
				`  start-up ${i + 1}/${options.loads}: app idle ${app.at(-1)?.marks.mapIdle?.toFixed(0) ?? '–'} ms, reference idle ${reference.at(-1)?.marks.mapIdle?.toFixed(0) ?? '–'} ms`
			);
		}
		const appIdle = summaryOf(app.map((l) => l.marks.mapIdle));
		const referenceIdle = summaryOf(reference.map((l) => l.marks.mapIdle));

		// Interactions, on a page whose map is up, as a reader finds it.
		const resolve = sourceMapResolver(options.buildDir, base);
		const { page, context, load } = await loadPage(browser, at('/'), options, { keepOpen: true });
		const { results, idleFrame } = await interactions(page!, context!, options, resolve);
		await context!.close();
		options.log(`  interactions measured (renderer ${load.renderer ?? 'none'})`);
		const startupHotspots = await profileStartup(browser, at('/'), options, resolve);
		options.log('  start-up profiled');

		return {
			label: options.label,
			loads: options.loads,
			app: {
				placesPaintedMs: summaryOf(app.map((l) => l.marks.placesPainted))!,
				firstContentfulPaintMs: summaryOf(app.map((l) => l.marks.firstContentfulPaint))!,
				mapIdleMs: appIdle,
				renderer: app.at(-1)?.renderer ?? null,
				mainThreadMs: medians(app)
			},
			reference: hasReference
				? {
						mapIdleMs: referenceIdle,
						basemap,
						url: new URL(referenceUrl).pathname + new URL(referenceUrl).search,
						mainThreadMs: medians(reference)
					}
				: null,
			mapIdleRatio: appIdle && referenceIdle ? appIdle.median / referenceIdle.median : null,
			routes,
			interactions: results,
			idleFrame,
			startupHotspots
		};
	} finally {
		await browser.close();
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	}
}

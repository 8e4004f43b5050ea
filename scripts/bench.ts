/**
 * `npm run bench`: the performance figures of BENCHMARKS.md, printed as tables and written to
 * bench-results/latest.json.
 *
 *   npm run bench                          everything but Lighthouse (about 10 minutes)
 *   npm run bench -- --lighthouse          also Lighthouse 12.8.2 mobile on / and /embed
 *   npm run bench -- --no-browser          Node figures only (about a minute)
 *   npm run bench -- --no-node --browser-sizes real --reuse-builds
 *
 * Options: --sizes real,1000,10000 (Node) · --browser-sizes real,10000 · --no-node ·
 * --no-browser · --lighthouse · --lighthouse-runs 3 (median kept) · --reps 20 · --loads 5 · --port 4213 · --seed 1 · --themes 30 ·
 * --reuse-builds (keep bench-results/build-* from an earlier run) · --out bench-results/latest.json
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { csvParse } from 'd3-dsv';
import { chromiumPath } from '../tests/chromium.js';
import { benchSite, type SiteResult } from './bench/browser';
import {
	firstPaintJs,
	firstPaintSources,
	type FirstPaintJs,
	type SourceWeight
} from './bench/firstPaintJs';
import { writeSyntheticFolder } from './bench/generate';
import { runLighthouse, type LighthouseResult } from './bench/lighthouse';
import { kb, mb, ms, table } from './bench/table';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: 'real,1000,10000' },
		'browser-sizes': { type: 'string', default: 'real,10000' },
		'no-node': { type: 'boolean', default: false },
		'no-browser': { type: 'boolean', default: false },
		lighthouse: { type: 'boolean', default: false },
		'lighthouse-runs': { type: 'string', default: '3' },
		reps: { type: 'string', default: '20' },
		loads: { type: 'string', default: '5' },
		port: { type: 'string', default: '4213' },
		seed: { type: 'string', default: '1' },
		themes: { type: 'string', default: '30' },
		'reuse-builds': { type: 'boolean', default: false },
		out: { type: 'string', default: 'bench-results/latest.json' }
	}
});

const RESULTS = resolve('bench-results');
const log = (line: string) => console.log(line);
const sizesOf = (list: string) =>
	list
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
const port = Number(values.port);
const reps = Number(values.reps);

/** The budgets of issue 8. */
const BUDGET = {
	loadMs: 1500,
	loadRssMB: 300,
	firstPaintJsGzip: 60 * 1024,
	interactionRealMs: 16,
	interaction10kMs: 100,
	mapIdleRatio: 1.15,
	lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100 } as Record<
		string,
		number
	>
};

interface Budget {
	name: string;
	limit: string;
	measured: string;
	met: boolean | null;
	by?: string;
}

async function dataDirOf(size: string): Promise<string> {
	if (size === 'real') return resolve('data');
	const places = Number(size);
	if (!Number.isInteger(places) || places < 2)
		throw new Error(`unknown size "${size}": use real or a number of places`);
	return writeSyntheticFolder(join(RESULTS, `data-${places}`), {
		seed: Number(values.seed),
		places,
		themes: Number(values.themes)
	});
}

function readCsv(dir: string, file: string) {
	return csvParse(readFileSync(join(dir, `${file}.csv`), 'utf8').replace(/^\ufeff/, ''));
}

// ── Node ─────────────────────────────────────────────────────────────────────────────────────

interface NodeResult {
	size: string;
	dir: string;
	counts: Record<string, number>;
	cold: { readValidateMs: number; indexMs: number; totalMs: number; cpuMs: number };
	/** Cold totals of the three runs; `cold` is the fastest. */
	coldRunsMs: number[];
	warm: { median: number; p95: number };
	memory: { baselineRssMB: number; peakRssMB: number; heapUsedMB: number; heapRetainedMB: number };
	functions: {
		name: string;
		status: string;
		firstMs?: number;
		median?: number;
		p95?: number;
		n?: number;
		note?: string;
	}[];
	notBenchmarked: string[];
}

function runChild(dir: string, loadOnly: boolean): Omit<NodeResult, 'size' | 'coldRunsMs'> {
	const out = execFileSync(
		process.execPath,
		[
			'--import',
			'tsx',
			'--expose-gc',
			'scripts/bench/nodeLoad.ts',
			dir,
			'--reps',
			String(reps),
			...(loadOnly ? ['--load-only'] : [])
		],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] }
	);
	return JSON.parse(out.trim().split('\n').pop()!);
}

/**
 * Three fresh processes per size (each one's peak memory is this size's alone). The cold figures
 * are those of the fastest: on a shared machine the slower ones measure the neighbours' load.
 * Peak memory is the highest of the three. Functions are timed in the first.
 */
function runNode(size: string, dir: string): NodeResult {
	const runs = [runChild(dir, false), runChild(dir, true), runChild(dir, true)];
	const fastest = runs.reduce((a, b) => (b.cold.totalMs < a.cold.totalMs ? b : a));
	return {
		...runs[0]!,
		size,
		cold: fastest.cold,
		coldRunsMs: runs.map((r) => Math.round(r.cold.totalMs)),
		memory: { ...fastest.memory, peakRssMB: Math.max(...runs.map((r) => r.memory.peakRssMB)) }
	};
}

// ── Builds ───────────────────────────────────────────────────────────────────────────────────

interface BuildInfo {
	size: string;
	dir: string;
	buildMs: number | null;
	reused: boolean;
	indexHtmlBytes: number;
	firstPaintJs: FirstPaintJs;
	/** What that JavaScript is made of, by source (from the build's source maps). */
	firstPaintSources: SourceWeight[];
	/** First-paint JavaScript of each kind of page: the explorer, the embed, a place's page. */
	firstPaintByRoute: { route: string; gzip: number }[];
}

/** The pages whose first paint has a budget, as route and file of the build. */
function budgetedPages(dir: string): { route: string; page: string }[] {
	const places = existsSync(join(dir, 'place')) ? readdirSync(join(dir, 'place')) : [];
	const place = places.find((name) => name.endsWith('.html'));
	return [
		{ route: '/', page: 'index.html' },
		{ route: '/embed', page: 'embed.html' },
		...(place ? [{ route: `/place/${place.replace(/\.html$/, '')}`, page: `place/${place}` }] : [])
	].filter(({ page }) => existsSync(join(dir, page)));
}

function buildSite(size: string, dataDir: string): BuildInfo {
	const dir = join(RESULTS, `build-${size}`);
	const reused = values['reuse-builds'] && existsSync(join(dir, 'index.html'));
	let buildMs: number | null = null;
	if (!reused) {
		log(`  vite build (${size})…`);
		rmSync(dir, { recursive: true, force: true });
		const started = performance.now();
		const env: NodeJS.ProcessEnv = {
			...process.env,
			ATLAS_DATA_DIR: dataDir,
			ATLAS_BUILD_DIR: dir
		};
		// Synthetic data: the home pages and the first place's pages only (see svelte.config.js).
		if (size !== 'real') env.ATLAS_PRERENDER_PLACES = '1';
		// Source maps let the profiles below name the code that costs time.
		const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--sourcemap'], {
			env,
			stdio: 'inherit'
		});
		if (result.status !== 0) throw new Error(`vite build of ${size} failed`);
		buildMs = performance.now() - started;
	}
	// The bare reference page goes next to the app, served by the same server.
	cpSync(join(RESULTS, 'reference'), join(dir, 'bench-reference'), { recursive: true });
	const js = firstPaintJs(dir);
	return {
		size,
		dir,
		buildMs,
		reused,
		indexHtmlBytes: readFileSync(join(dir, 'index.html')).length,
		firstPaintJs: js,
		firstPaintSources: firstPaintSources(dir, js),
		firstPaintByRoute: budgetedPages(dir).map(({ route, page }) => ({
			route,
			gzip: firstPaintJs(dir, page).gzip
		}))
	};
}

function buildReference(): void {
	log('  vite build (bare MapLibre reference page)…');
	const result = spawnSync(
		'npx',
		['vite', 'build', '--config', 'bench/reference/vite.config.ts', '--logLevel', 'error'],
		{
			env: { ...process.env, BENCH_REFERENCE_OUT: join(RESULTS, 'reference') },
			stdio: 'inherit'
		}
	);
	if (result.status !== 0) throw new Error('vite build of the reference page failed');
}

// ── Run ──────────────────────────────────────────────────────────────────────────────────────

function chromiumVersion(): string {
	try {
		return execFileSync(chromiumPath, ['--version'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	} catch {
		return 'unknown';
	}
}

const started = new Date();
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const machine = {
	cpus: cpus().length,
	cpuModel: cpus()[0]?.model ?? 'unknown',
	memoryGB: Math.round(totalmem() / 1024 ** 3),
	node: process.version,
	chromium: chromiumVersion(),
	loadAverageAtStart: loadavg().map((n) => Number(n.toFixed(2)))
};
mkdirSync(RESULTS, { recursive: true });
log(
	`${command}\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.chromium}; load average ${machine.loadAverageAtStart.join(' ')}\n`
);

const nodeResults: NodeResult[] = [];
if (!values['no-node']) {
	log('Node: read, validate and index, in a fresh process per size');
	for (const size of sizesOf(values.sizes)) {
		const result = runNode(size, await dataDirOf(size));
		nodeResults.push(result);
		log(
			`  ${size}: ${result.coldRunsMs.join(', ')} ms cold, peak RSS ${mb(result.memory.peakRssMB)} MB`
		);
	}
}

const builds: BuildInfo[] = [];
const sites: SiteResult[] = [];
let lighthouse: LighthouseResult[] = [];
if (!values['no-browser'] || values.lighthouse) {
	log('\nBuilds');
	buildReference();
	const browserSizes = sizesOf(values['browser-sizes']);
	if (values.lighthouse && !browserSizes.includes('real')) browserSizes.unshift('real');
	for (const size of browserSizes) builds.push(buildSite(size, await dataDirOf(size)));
	if (!values['no-browser']) {
		for (const build of builds) {
			if (!sizesOf(values['browser-sizes']).includes(build.size)) continue;
			log(`\nChromium: ${build.size}`);
			const dataDir = await dataDirOf(build.size);
			const placeIds = readCsv(dataDir, 'places').map((row) => row.id ?? '');
			const placeRoute = placeIds.includes('utrecht') ? 'utrecht' : placeIds[0];
			const big = build.size !== 'real' && Number(build.size) >= 5000;
			sites.push(
				await benchSite({
					label: build.size,
					buildDir: build.dir,
					port,
					routes: ['/', '/embed', ...(placeRoute ? [`/place/${placeRoute}`] : [])],
					themeLabels: readCsv(dataDir, 'themes')
						.map((row) => row.label_en ?? '')
						.filter(Boolean),
					loads: big ? Math.min(3, Number(values.loads)) : Number(values.loads),
					reps,
					mapTimeoutMs: big ? 180_000 : 60_000,
					log
				})
			);
		}
	}
	if (values.lighthouse) {
		log('\nLighthouse 12.8.2, mobile');
		lighthouse = await runLighthouse({
			buildDir: builds.find((b) => b.size === 'real')!.dir,
			port: port + 1,
			routes: ['/', '/embed'],
			outDir: RESULTS,
			runs: Number(values['lighthouse-runs']),
			log
		});
	}
}

// ── Budgets ──────────────────────────────────────────────────────────────────────────────────

const budgets: Budget[] = [];
const over = (measured: number, limit: number, unit: string, digits = 0) =>
	measured > limit
		? `over by ${(measured - limit).toFixed(digits)} ${unit} (${((measured / limit - 1) * 100).toFixed(0)}%)`
		: undefined;

const largest = nodeResults.find((r) => (r.counts.practices ?? 0) >= 50_000) ?? null;
if (largest) {
	budgets.push({
		name: `read, validate and index ${(largest.counts.practices ?? 0).toLocaleString('en')} practices (cold)`,
		limit: `≤ ${BUDGET.loadMs} ms`,
		measured: `${ms(largest.cold.totalMs)} ms`,
		met: largest.cold.totalMs <= BUDGET.loadMs,
		by: over(largest.cold.totalMs, BUDGET.loadMs, 'ms')
	});
	budgets.push({
		name: `peak memory of that process (RSS)`,
		limit: `≤ ${BUDGET.loadRssMB} MB`,
		measured: `${mb(largest.memory.peakRssMB)} MB`,
		met: largest.memory.peakRssMB <= BUDGET.loadRssMB,
		by: over(largest.memory.peakRssMB, BUDGET.loadRssMB, 'MB')
	});
}
const realBuild = builds.find((b) => b.size === 'real');
if (realBuild) {
	const fp = realBuild.firstPaintJs;
	for (const { route, gzip } of realBuild.firstPaintByRoute)
		budgets.push({
			name: `JavaScript for first paint of ${route} (what its page names and their imports), gzip`,
			limit: '≤ 60 KB',
			measured: `${kb(gzip)} KB`,
			met: gzip <= BUDGET.firstPaintJsGzip,
			by: over(gzip / 1024, 60, 'KB', 1)
		});
	const eager = fp.scripts.filter((s) => s.maplibre).map((s) => s.file);
	budgets.push({
		name: 'MapLibre loaded only after first paint',
		limit: 'not in first-paint JS',
		measured: eager.length ? eager.join(', ') : 'not there',
		met: eager.length === 0
	});
}
for (const site of sites) {
	const limit = site.label === 'real' ? BUDGET.interactionRealMs : BUDGET.interaction10kMs;
	for (const kind of ['place', 'theme'] as const) {
		const result = site.interactions.find((i) => i.kind === kind);
		const measured = result?.mainThreadMs?.median;
		budgets.push({
			name: `${kind === 'place' ? 'select a place' : 'toggle a theme'} at ${site.label}, main thread (median of ${reps})`,
			limit: `≤ ${limit} ms`,
			measured:
				measured === undefined
					? 'n/a (no control yet)'
					: `${ms(measured)} ms (p95 ${ms(result!.mainThreadMs!.p95)})`,
			met: measured === undefined ? null : measured <= limit,
			by: measured === undefined ? undefined : over(measured, limit, 'ms', 1)
		});
	}
	budgets.push({
		name: `MapLibre idle / bare reference at ${site.label} (medians of ${site.loads} loads)`,
		limit: `≤ ${BUDGET.mapIdleRatio}×`,
		measured: site.mapIdleRatio === null ? 'n/a' : `${site.mapIdleRatio.toFixed(2)}×`,
		met: site.mapIdleRatio === null ? null : site.mapIdleRatio <= BUDGET.mapIdleRatio,
		by:
			site.mapIdleRatio === null ? undefined : over(site.mapIdleRatio, BUDGET.mapIdleRatio, '×', 2)
	});
}
for (const run of lighthouse)
	for (const [category, minimum] of Object.entries(BUDGET.lighthouse)) {
		const score = run.scores[category as keyof typeof run.scores] ?? NaN;
		budgets.push({
			name: `Lighthouse mobile ${run.route}: ${category}`,
			limit: `≥ ${minimum}`,
			measured: String(score),
			met: score >= minimum,
			by: score < minimum ? `short by ${minimum - score} points` : undefined
		});
	}

// ── Report ───────────────────────────────────────────────────────────────────────────────────

const sections: string[] = [];
const mainThreadColumns = (m: SiteResult['app']['mainThreadMs'] | undefined) =>
	m
		? [ms(m.task), ms(m.script), ms(m.style), ms(m.layout), String(Math.round(m.nodes))]
		: ['n/a', 'n/a', 'n/a', 'n/a', 'n/a'];
if (nodeResults.length) {
	sections.push(
		'Node: read + validate + index (cold = first run in a fresh process, as the build does it; fastest of 3 processes)\n' +
			table(
				[
					'data',
					'places',
					'practices',
					'read+validate ms',
					'index ms',
					'cold total ms',
					'cold CPU ms',
					'warm median ms',
					'peak RSS MB',
					'RSS before MB',
					'heap after MB'
				],
				nodeResults.map((r) => [
					r.size,
					r.counts.places ?? 0,
					r.counts.practices ?? 0,
					ms(r.cold.readValidateMs),
					ms(r.cold.indexMs),
					ms(r.cold.totalMs),
					ms(r.cold.cpuMs),
					ms(r.warm.median),
					mb(r.memory.peakRssMB),
					mb(r.memory.baselineRssMB),
					mb(r.memory.heapRetainedMB)
				])
			)
	);
	const names = [...new Set(nodeResults.flatMap((r) => r.functions.map((f) => f.name)))];
	sections.push(
		`Functions (ms: first call, which fills any cache / median / p95 of up to ${reps} more calls)\n` +
			table(
				['function', ...nodeResults.map((r) => r.size)],
				names.map((name) => [
					name,
					...nodeResults.map((r) => {
						const f = r.functions.find((x) => x.name === name);
						return f?.status === 'ok'
							? `${ms(f.firstMs)} / ${ms(f.median)} / ${ms(f.p95)}`
							: (f?.status ?? 'n/a');
					})
				])
			) +
			(nodeResults[0]!.notBenchmarked.length
				? `\nnot benchmarked yet (add them to scripts/bench/analyses.ts): ${nodeResults[0]!.notBenchmarked.join(', ')}`
				: '')
	);
}
if (builds.length)
	sections.push(
		'Builds\n' +
			table(
				['data', 'vite build s', 'index.html KB', 'first-paint JS KB gzip', 'files'],
				builds.map((b) => [
					b.size,
					b.buildMs === null ? 'reused' : (b.buildMs / 1000).toFixed(0),
					kb(b.indexHtmlBytes),
					kb(b.firstPaintJs.gzip),
					b.firstPaintJs.scripts.length
				])
			)
	);
const realSources = builds.find((b) => b.size === 'real')?.firstPaintSources ?? [];
if (realSources.length)
	sections.push(
		'First-paint JavaScript of / (real data) by source, from the source maps (KB; gzip shares estimated)\n' +
			table(
				['source', 'raw', 'gzip'],
				realSources.slice(0, 15).map((w) => [w.source.slice(0, 80), kb(w.raw), kb(w.gzip)])
			)
	);
for (const site of sites) {
	sections.push(
		`Chromium at ${site.label}: start-up (medians of ${site.loads} first visits; ms from navigation; main thread = all its tasks until MapLibre idle)\n` +
			table(
				[
					'page',
					'places painted',
					'first contentful paint',
					'MapLibre idle',
					'main thread',
					'script',
					'style',
					'layout',
					'DOM nodes',
					'renderer'
				],
				[
					[
						'app /',
						ms(site.app.placesPaintedMs?.median),
						ms(site.app.firstContentfulPaintMs?.median),
						ms(site.app.mapIdleMs?.median),
						...mainThreadColumns(site.app.mainThreadMs),
						site.app.renderer ?? 'n/a'
					],
					[
						'bare MapLibre',
						'–',
						'–',
						ms(site.reference?.mapIdleMs?.median),
						...mainThreadColumns(site.reference?.mainThreadMs),
						'webgl'
					]
				]
			) +
			`\nMapLibre idle ratio app / reference: ${site.mapIdleRatio === null ? 'n/a' : site.mapIdleRatio.toFixed(2)}×`
	);
	sections.push(
		`Chromium at ${site.label}: bytes per route (KB; gzip = each response body gzipped)\n` +
			table(
				[
					'route',
					'first paint gzip',
					'first-paint JS gzip',
					'JS until hydrated gzip',
					'total gzip',
					'total raw',
					'requests',
					'page errors'
				],
				site.routes.map((r) => [
					new URL(r.url).pathname,
					kb(r.firstPaint.gzip),
					kb(r.firstPaint.js.gzip),
					r.untilHydrated ? kb(r.untilHydrated.js.gzip) : 'n/a',
					kb(r.total.gzip),
					kb(r.total.raw),
					r.total.requests,
					r.errors.length ? r.errors.join(' | ').slice(0, 80) : '–'
				])
			)
	);
	sections.push(
		`Chromium at ${site.label}: interactions (ms, ${reps} repetitions, from the event to the end of the next frame)\n` +
			table(
				[
					'interaction',
					'main thread median',
					'p95',
					'script',
					'style',
					'layout',
					'wall median',
					'wall p95',
					'control'
				],
				[
					...site.interactions.map((i) => [
						i.kind === 'place'
							? 'select a place'
							: i.kind === 'theme'
								? 'toggle a theme'
								: 'switch views',
						ms(i.mainThreadMs?.median),
						ms(i.mainThreadMs?.p95),
						ms(i.breakdownMs?.script),
						ms(i.breakdownMs?.style),
						ms(i.breakdownMs?.layout),
						ms(i.wallMs?.median),
						ms(i.wallMs?.p95),
						i.status === 'ok' ? (i.controls?.[0] ?? '') : 'n/a: no such control yet'
					]),
					[
						'(a frame with no interaction)',
						ms(site.idleFrame?.mainThreadMs.median),
						ms(site.idleFrame?.mainThreadMs.p95),
						ms(site.idleFrame?.breakdownMs.script),
						ms(site.idleFrame?.breakdownMs.style),
						ms(site.idleFrame?.breakdownMs.layout),
						ms(site.idleFrame?.wallMs.median),
						ms(site.idleFrame?.wallMs.p95),
						''
					]
				]
			)
	);
	const profiles = [
		{ title: 'from navigation to MapLibre idle', spots: site.startupHotspots },
		...site.interactions
			.filter((i) => i.hotspots?.length)
			.map((i) => ({
				title: `${i.kind === 'place' ? 'selecting a place' : i.kind === 'theme' ? 'toggling a theme' : 'switching views'} (6 times)`,
				spots: i.hotspots!
			}))
	];
	for (const { title, spots } of profiles)
		sections.push(
			`Chromium at ${site.label}: where the main thread goes, ${title} (self time, source-mapped)\n` +
				table(
					['self ms', 'share', 'function', 'where'],
					spots
						.slice(0, 8)
						.map((h) => [
							ms(h.selfMs),
							`${(h.share * 100).toFixed(0)}%`,
							h.fn.slice(0, 40),
							h.where.slice(0, 70)
						])
				)
		);
}
if (lighthouse.length)
	sections.push(
		'Lighthouse 12.8.2 mobile (served with gzip; the median run of each route, by performance)\n' +
			table(
				[
					'route',
					'performance',
					'runs',
					'accessibility',
					'best practices',
					'FCP',
					'LCP',
					'TBT',
					'costliest audits'
				],
				lighthouse.map((r) => [
					r.route,
					r.scores.performance ?? 'n/a',
					r.performanceRuns.join(', '),
					r.scores.accessibility ?? 'n/a',
					r.scores['best-practices'] ?? 'n/a',
					r.metrics['first-contentful-paint']!,
					r.metrics['largest-contentful-paint']!,
					r.metrics['total-blocking-time']!,
					r.failing
						.slice(0, 3)
						.map((a) => a.id)
						.join(', ')
				])
			)
	);
sections.push(
	'Budgets\n' +
		table(
			['budget', 'limit', 'measured', 'met'],
			budgets.map((b) => [
				b.name,
				b.limit,
				b.measured,
				b.met === null ? 'n/a' : b.met ? 'yes' : `NO, ${b.by ?? ''}`.replace(/, $/, '')
			])
		)
);

const finished = new Date();
const report = {
	command,
	started: started.toISOString(),
	durationS: Math.round((finished.getTime() - started.getTime()) / 1000),
	machine: { ...machine, loadAverageAtEnd: loadavg().map((n) => Number(n.toFixed(2))) },
	node: nodeResults,
	builds,
	chromium: sites,
	lighthouse,
	budgets
};
writeFileSync(resolve(values.out), JSON.stringify(report, null, '\t'));
log(
	`\n${sections.join('\n\n')}\n\nload average at end: ${report.machine.loadAverageAtEnd.join(' ')}; ${report.durationS} s; written to ${values.out}`
);

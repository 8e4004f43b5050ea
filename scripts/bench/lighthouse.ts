/**
 * Lighthouse 12.8.2, mobile (its default: simulated slow 4G and 4× CPU slowdown), on built pages
 * served with gzip. Lighthouse is not an app dependency: it lives in bench/lighthouse/ and is
 * installed there (`npm ci --prefix bench/lighthouse`) the first time it is asked for.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { serve } from '../serve.js';
import { chromiumArgs, chromiumPath } from '../../tests/chromium.js';

const FOLDER = resolve('bench/lighthouse');
const CLI = join(FOLDER, 'node_modules/lighthouse/cli/index.js');
export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

export interface LighthouseResult {
	route: string;
	scores: Partial<Record<(typeof CATEGORIES)[number], number>>;
	/** The audits that cost points, worst first, for the report. */
	failing: { id: string; score: number; value: string }[];
	metrics: Record<string, string>;
	report: string;
	/** The performance score of every run, in order; the rest of the result is the median run's. */
	performanceRuns: number[];
}

function install(log: (line: string) => void): void {
	if (existsSync(CLI)) return;
	log('  installing Lighthouse 12.8.2 in bench/lighthouse (npm ci)…');
	// No install scripts: nothing may download a browser.
	const result = spawnSync(
		'npm',
		['ci', '--prefix', FOLDER, '--ignore-scripts', '--no-audit', '--no-fund'],
		{ stdio: 'inherit' }
	);
	if (result.status !== 0) throw new Error('npm ci --prefix bench/lighthouse failed');
}

/** Runs a command to its end, with Debian's Chromium for chrome-launcher; resolves to its exit code. */
function run(command: string, args: string[]): Promise<number | null> {
	return new Promise((done) => {
		const child = spawn(command, args, {
			stdio: ['ignore', 'inherit', 'inherit'],
			env: { ...process.env, CHROME_PATH: chromiumPath }
		});
		child.on('exit', (code) => done(code));
		child.on('error', () => done(null));
	});
}

export async function runLighthouse(options: {
	buildDir: string;
	port: number;
	routes: string[];
	outDir: string;
	/** Runs per route: scores move by ten points between runs here, so the median run is kept. */
	runs?: number;
	log: (line: string) => void;
}): Promise<LighthouseResult[]> {
	const runs = Math.max(1, options.runs ?? 3);
	install(options.log);
	mkdirSync(options.outDir, { recursive: true });
	const { server, url: base } = (await serve({
		dir: options.buildDir,
		port: options.port,
		gzip: true
	})) as { server: Server; url: string };
	const results: LighthouseResult[] = [];
	try {
		for (const route of options.routes) {
			const url = new URL(route.replace(/^\//, ''), base).href;
			const found = await fetch(url, { method: 'HEAD' }).then(
				(r) => r.ok,
				() => false
			);
			if (!found) {
				options.log(`  Lighthouse ${route}: not in this build, skipped`);
				continue;
			}
			const done: LighthouseResult[] = [];
			for (let i = 1; i <= runs; i++) {
				const report = join(
					options.outDir,
					`lighthouse${route.replace(/\W+/g, '-').replace(/-$/, '') || '-home'}-${i}.json`
				);
				options.log(`  Lighthouse ${route}, run ${i} of ${runs}…`);
				// Asynchronously: the server above runs in this process and must answer Lighthouse's page.
				const status = await run(process.execPath, [
					CLI,
					url,
					`--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
					`--only-categories=${CATEGORIES.join(',')}`,
					'--output=json',
					`--output-path=${report}`,
					'--quiet'
				]);
				if (status !== 0 || !existsSync(report)) {
					options.log(`  Lighthouse ${route}: failed (exit ${status})`);
					continue;
				}
				done.push(readReport(route, report));
			}
			if (!done.length) continue;
			const byScore = [...done].sort(
				(a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0)
			);
			results.push({
				...byScore[Math.floor((byScore.length - 1) / 2)]!,
				performanceRuns: done.map((r) => r.scores.performance ?? NaN)
			});
		}
	} finally {
		server.closeAllConnections();
		await new Promise((done) => server.close(done));
	}
	return results;
}

/** The figures of one Lighthouse report. */
function readReport(route: string, report: string): Omit<LighthouseResult, 'performanceRuns'> {
	const lhr = JSON.parse(readFileSync(report, 'utf8')) as {
		categories: Record<
			string,
			{ score: number | null; auditRefs: { id: string; weight: number }[] }
		>;
		audits: Record<
			string,
			{
				score: number | null;
				scoreDisplayMode: string;
				displayValue?: string;
				numericValue?: number;
			}
		>;
	};
	const scores = Object.fromEntries(
		CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? NaN) * 100)])
	);
	const weighted = new Set(
		Object.values(lhr.categories).flatMap((c) =>
			c.auditRefs.filter((a) => a.weight > 0).map((a) => a.id)
		)
	);
	const failing = Object.entries(lhr.audits)
		.filter(
			([id, a]) =>
				weighted.has(id) && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative'
		)
		.map(([id, a]) => ({ id, score: a.score!, value: a.displayValue ?? '' }))
		.sort((a, b) => a.score - b.score);
	const metrics = Object.fromEntries(
		[
			'first-contentful-paint',
			'largest-contentful-paint',
			'total-blocking-time',
			'speed-index',
			'cumulative-layout-shift'
		].map((id) => [id, lhr.audits[id]?.displayValue ?? '–'])
	);
	return { route, scores, failing, metrics, report };
}

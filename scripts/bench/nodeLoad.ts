/**
 * Runs in a fresh Node process per data size (so peak memory is this size's alone): reads,
 * validates and indexes one data folder, cold, as the build does once; then again warm; then
 * times each benchmarked function. Prints one JSON object on stdout.
 * Usage: node --import tsx --expose-gc scripts/bench/nodeLoad.ts <dataDir> [--reps 20] [--load-only]
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { indexAtlas, type Atlas } from '../../src/lib/data/atlas';
import { readDataDir } from '../../src/lib/server/dataDir';
import { BENCHED_FUNCTIONS, TIMED_THROUGH_CALLERS, type Load } from './analyses';
import { summarize, type Summary } from './stats';

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: {
		reps: { type: 'string', default: '20' },
		'load-only': { type: 'boolean', default: false }
	}
});
const loadOnly = values['load-only'];
const dir = resolve(positionals[0] ?? 'data');
const reps = Number(values.reps);
const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

async function readAndIndex(): Promise<{
	atlas: Atlas;
	readValidateMs: number;
	indexMs: number;
	cpuMs: number;
}> {
	const cpu = process.cpuUsage();
	const start = performance.now();
	const { data, problems } = await readDataDir(dir);
	const read = performance.now();
	if (!data)
		throw new Error(`${dir}: ${problems.length} problem(s), first: ${JSON.stringify(problems[0])}`);
	const atlas = indexAtlas(data);
	const end = performance.now();
	const used = process.cpuUsage(cpu);
	return {
		atlas,
		readValidateMs: read - start,
		indexMs: end - read,
		cpuMs: (used.user + used.system) / 1000
	};
}

gc();
const baselineRssMB = process.memoryUsage().rss / MB;
const cold = await readAndIndex();
// maxRSS is the process's high-water mark, in kilobytes: the honest peak of the cold load.
const peakRssMB = process.resourceUsage().maxRSS / 1024;
const heapUsedMB = process.memoryUsage().heapUsed / MB;
gc();
const heapRetainedMB = process.memoryUsage().heapUsed / MB;
const { atlas } = cold;

// Again in the same process (as a dev server re-reads the data): JIT-compiled, heap already grown.
const warm: number[] = [];
for (let i = 0; i < (loadOnly ? 0 : 3); i++) {
	const run = await readAndIndex();
	warm.push(run.readValidateMs + run.indexMs);
}

/**
 * Times one function: its first call (which fills any cache it keeps), then `reps` calls, or fewer
 * when a call is slow.
 */
function time(run: () => unknown): Summary & { firstMs: number } {
	let t = performance.now();
	run();
	const firstMs = performance.now() - t;
	const samples: number[] = [];
	const budgetMs = 5000;
	const started = performance.now();
	for (let i = 0; i < reps && (i < 3 || performance.now() - started < budgetMs); i++) {
		t = performance.now();
		run();
		samples.push(performance.now() - t);
	}
	return { firstMs, ...summarize(samples) };
}

class NotAvailable extends Error {}

/** Imports one export, or says it is not there (yet). */
const importExport: Load = async (module, fn) => {
	const path = resolve(module);
	if (!existsSync(path)) throw new NotAvailable(`${module} does not exist`);
	const value = ((await import(pathToFileURL(path).href)) as Record<string, unknown>)[fn];
	if (typeof value !== 'function') throw new NotAvailable(`${module} has no export ${fn}`);
	return value as never;
};

const benched: unknown[] = [];
const covered = new Set<string>(TIMED_THROUGH_CALLERS.map((name) => `src/lib/analysis/${name}`));
for (const entry of loadOnly ? [] : BENCHED_FUNCTIONS) {
	covered.add(`${entry.module}#${entry.fn}`);
	try {
		const fn = await importExport<(...args: unknown[]) => unknown>(entry.module, entry.fn);
		const args = await entry.args(atlas, importExport);
		benched.push({ name: entry.name, status: 'ok', ...time(() => fn(...args)) });
	} catch (error) {
		benched.push({
			name: entry.name,
			status: error instanceof NotAvailable ? 'n/a' : 'error',
			note: String(error)
		});
	}
}

// Exported functions of the analysis modules that no line of analyses.ts times.
const notBenchmarked: string[] = [];
const analysisDir = resolve('src/lib/analysis');
if (!loadOnly && existsSync(analysisDir)) {
	for (const file of readdirSync(analysisDir).filter(
		(name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')
	)) {
		const relative = `src/lib/analysis/${file}`;
		const module = (await import(pathToFileURL(join(analysisDir, file)).href)) as Record<
			string,
			unknown
		>;
		for (const [name, value] of Object.entries(module))
			if (typeof value === 'function' && !covered.has(`${relative}#${name}`))
				notBenchmarked.push(`${relative}#${name}`);
	}
}

const counts = Object.fromEntries(
	(
		['places', 'practices', 'themes', 'groups', 'links', 'facts', 'statements', 'events'] as const
	).map((key) => [key, atlas[key].length])
);
console.log(
	JSON.stringify({
		dir,
		counts,
		node: process.version,
		cold: {
			readValidateMs: cold.readValidateMs,
			indexMs: cold.indexMs,
			totalMs: cold.readValidateMs + cold.indexMs,
			cpuMs: cold.cpuMs
		},
		warm: summarize(warm),
		memory: { baselineRssMB, peakRssMB, heapUsedMB, heapRetainedMB },
		functions: benched,
		notBenchmarked
	})
);

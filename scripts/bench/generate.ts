/**
 * Writes a synthetic data folder for ATLAS_DATA_DIR.
 * Usage: tsx scripts/bench/generate.ts --places 10000 [--seed 1] [--themes 30] [--practices 5] [--out dir]
 * Default folder: bench-results/data-<places>/ (git-ignored).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GENERATOR_VERSION, generateDataTexts, type SyntheticOptions } from './syntheticData';

const MANIFEST = 'synthetic.json';

/** Writes the folder unless it already holds the same options; returns its path. */
export async function writeSyntheticFolder(
	dir: string,
	options: SyntheticOptions
): Promise<string> {
	const path = resolve(dir);
	const { seed, places, practicesPerPlace = 5, themes = 30 } = options;
	const manifest = JSON.stringify(
		{ version: GENERATOR_VERSION, seed, places, practicesPerPlace, themes },
		null,
		'\t'
	);
	try {
		if ((await readFile(join(path, MANIFEST), 'utf8')) === manifest) return path;
	} catch {
		// Not written yet.
	}
	await mkdir(path, { recursive: true });
	const texts = generateDataTexts(options);
	await Promise.all(
		Object.entries(texts).map(([file, text]) => writeFile(join(path, `${file}.csv`), text))
	);
	await writeFile(join(path, MANIFEST), manifest);
	return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({
		options: {
			places: { type: 'string', default: '1000' },
			seed: { type: 'string', default: '1' },
			themes: { type: 'string', default: '30' },
			practices: { type: 'string', default: '5' },
			out: { type: 'string' }
		}
	});
	const places = Number(values.places);
	const dir = values.out ?? `bench-results/data-${places}`;
	const written = await writeSyntheticFolder(dir, {
		seed: Number(values.seed),
		places,
		themes: Number(values.themes),
		practicesPerPlace: Number(values.practices)
	});
	console.log(`${written}: ${places} places (seed ${values.seed})`);
}

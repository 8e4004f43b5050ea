import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticFolder } from '../../scripts/bench/generate';
import { generateDataTexts, seededRandom } from '../../scripts/bench/syntheticData';
import { readDataDir } from '../../src/lib/server/dataDir';
import { buildAtlas } from '../../src/lib/data/buildAtlas';
import { formatProblem } from '../../src/lib/data/problems';

describe('seededRandom', () => {
	it('repeats its sequence for a seed and stays in [0, 1)', () => {
		const a = seededRandom(42);
		const b = seededRandom(42);
		const values = Array.from({ length: 1000 }, () => a());
		expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
		expect(values.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(new Set(values).size).toBeGreaterThan(990);
	});
});

describe('generateDataTexts', () => {
	it('gives the same texts for the same seed, other texts for another seed', () => {
		const once = generateDataTexts({ seed: 7, places: 50 });
		expect(generateDataTexts({ seed: 7, places: 50 })).toEqual(once);
		expect(generateDataTexts({ seed: 8, places: 50 }).practices).not.toEqual(once.practices);
	});

	it.each([
		{ places: 2, practicesPerPlace: 5, themes: 9 },
		{ places: 200, practicesPerPlace: 5, themes: 30 },
		{ places: 1000, practicesPerPlace: 5, themes: 17 },
		{ places: 60, practicesPerPlace: 0, themes: 9 }
	])(
		'writes a folder that passes the data check: $places places × $practicesPerPlace, $themes themes',
		(options) => {
			const { data, problems } = buildAtlas(generateDataTexts({ seed: 1, ...options }));
			expect(problems.map(formatProblem)).toEqual([]);
			expect(data?.places).toHaveLength(options.places);
			expect(data?.practices).toHaveLength(options.places * options.practicesPerPlace);
			expect(data?.themes).toHaveLength(options.themes);
		}
	);

	it('fills every file and uses every theme at 1,000 places', () => {
		const { data } = buildAtlas(generateDataTexts({ seed: 3, places: 1000, themes: 30 }));
		for (const [file, records] of Object.entries(data!))
			expect(records.length, file).toBeGreaterThan(0);
		const used = new Set(data!.practices.flatMap((p) => p.themes));
		expect(used.size).toBe(30);
		expect(data!.places.every((p) => Math.abs(p.lat) <= 85 && Math.abs(p.lon) <= 180)).toBe(true);
	});

	it.each([
		{ seed: 1, places: 1 },
		{ seed: 1.5, places: 10 },
		{ seed: 1, places: 10, themes: 8 },
		{ seed: 1, places: 10, themes: 31 },
		{ seed: 1, places: 10, practicesPerPlace: -1 }
	])('refuses options it cannot honour: %o', (options) => {
		expect(() => generateDataTexts(options)).toThrow(RangeError);
	});
});

describe('writeSyntheticFolder', () => {
	it('writes a folder that readDataDir reads without a problem', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'synthetic-'));
		try {
			await writeSyntheticFolder(dir, { seed: 5, places: 120, themes: 12 });
			const { data, problems } = await readDataDir(dir);
			expect(problems.map(formatProblem)).toEqual([]);
			expect(data?.places).toHaveLength(120);
			expect(data?.practices).toHaveLength(600);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});

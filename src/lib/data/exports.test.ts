/**
 * The published exports hold every record, read back to the same records, and never hand a
 * spreadsheet a formula.
 */
import { csvParse, csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { VALID_FOLDERS, ruleTables, setCell, writeTables } from '../../../tests/support/dataFolder';
import { awkwardTexts, FUZZ_TIMEOUT, fuzzOptions } from '../../../tests/support/mutations';
import { indexAtlas } from './atlas';
import { buildAtlas } from './buildAtlas';
import {
	DATA_CREDIT,
	DATA_LICENSE,
	PRACTICES_CSV_COLUMNS,
	neutraliseFormula,
	restoreFormula,
	toAtlasJson,
	toPlacesGeoJson,
	toPracticesCsv
} from './exports';
import type { AtlasData, Localized } from './types';

const FORMULA_START = /^[=+\-@\t\r]/;

describe('neutraliseFormula', () => {
	test.each([
		['=1+1', "'=1+1"],
		['=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'],
		['+33 1 23 45 67 89', "'+33 1 23 45 67 89"],
		['-5', "'-5"],
		["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
		['@SUM(A1:A9)', "'@SUM(A1:A9)"],
		['\t=1', "'\t=1"],
		['\r=1', "'\r=1"],
		["'=1", "''=1"],
		["''@x", "'''@x"],
		["'quoted'", "'quoted'"],
		['a=b', 'a=b'],
		[' =1', ' =1'],
		['', ''],
		['Utrecht', 'Utrecht'],
		['\n=1', '\n=1']
	])('%j → %j', (cell, safe) => {
		expect(neutraliseFormula(cell)).toBe(safe);
		expect(restoreFormula(safe)).toBe(cell);
	});

	test('any text: the result never starts a formula, and restoreFormula gives it back', () => {
		const text = fc.oneof(
			fc.string(),
			fc.string({
				unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', ' ', 'a', '"', ',')
			}),
			fc
				.tuple(
					fc.constantFrom("'", "''", ''),
					fc.constantFrom('=', '+', '-', '@', '\t', '\r'),
					fc.string()
				)
				.map((parts) => parts.join(''))
		);
		fc.assert(
			fc.property(text, (cell) => {
				const safe = neutraliseFormula(cell);
				expect(safe).not.toMatch(FORMULA_START);
				expect(restoreFormula(safe)).toBe(cell);
				// Only a leading apostrophe is ever added.
				expect(safe === cell || safe === `'${cell}`).toBe(true);
			}),
			fuzzOptions(1000)
		);
	});
});

/** practices.csv read back as a spreadsheet user or a script would, formulas restored. */
function readPracticesCsv(text: string) {
	expect(text.startsWith('\ufeff')).toBe(true);
	const rows = csvParse(text.slice(1));
	expect(rows.columns).toEqual([...PRACTICES_CSV_COLUMNS]);
	return rows.map((raw) => {
		const row = Object.fromEntries(
			Object.entries(raw).map(([key, value]) => [key, restoreFormula(value ?? '')])
		);
		const text = (name: string): Localized => ({
			en: row[`${name}_en`]!,
			...(row[`${name}_fr`] ? { fr: row[`${name}_fr`] } : {}),
			...(row[`${name}_es`] ? { es: row[`${name}_es`] } : {})
		});
		const list = (cell: string) =>
			cell
				.split(';')
				.map((s) => s.trim())
				.filter(Boolean);
		return {
			practice: {
				id: row.id!,
				place: row.place!,
				title: text('title'),
				summary: text('summary'),
				themes: list(row.themes!),
				groups: list(row.groups!),
				status: row.status,
				shared: row.shared === 'yes',
				source: row.source!,
				paragraph: Number(row.paragraph)
			},
			context: [row.place_name, row.country, row.region, row.source_title, row.source_url]
		};
	});
}

/** Every export of `data`, read back and compared with the records. */
function expectRoundTrip(data: AtlasData) {
	const atlas = indexAtlas(data);

	const json = JSON.parse(toAtlasJson(data));
	expect(json.license).toBe(DATA_LICENSE);
	expect(json.credit).toBe(DATA_CREDIT);
	delete json.license;
	delete json.credit;
	expect(json).toEqual(data);

	const geo = JSON.parse(JSON.stringify(toPlacesGeoJson(atlas)));
	expect(geo.features.map((f: { id: string }) => f.id)).toEqual(data.places.map((p) => p.id));
	data.places.forEach((place, i) => {
		const feature = geo.features[i];
		expect(feature.geometry).toEqual({ type: 'Point', coordinates: [place.lon, place.lat] });
		expect(feature.properties).toMatchObject({
			id: place.id,
			name: place.name.en,
			name_fr: place.name.fr ?? null,
			name_es: place.name.es ?? null,
			country: place.country,
			kind: place.kind,
			region: place.region,
			subregion: place.subregion
		});
		expect(feature.properties.practices).toBe(
			data.practices.filter((p) => p.place === place.id).length
		);
	});

	const csv = readPracticesCsv(toPracticesCsv(atlas));
	expect(csv.map((row) => row.practice)).toEqual(data.practices);
	data.practices.forEach((practice, i) => {
		const place = atlas.placeById.get(practice.place)!;
		const source = atlas.sourceById.get(practice.source)!;
		expect(csv[i]!.context).toEqual([
			place.name.en,
			place.country,
			place.region,
			source.title,
			source.url
		]);
	});
	// No cell of the file starts a formula.
	for (const row of csvParseRows(toPracticesCsv(atlas).slice(1)))
		for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
}

describe('round trip of the published exports', () => {
	test.each(Object.entries(VALID_FOLDERS))(
		'every record of %s is published, and reads back the same',
		(_, texts) => {
			const { data } = buildAtlas(texts);
			expect(data!.practices.length).toBeGreaterThan(0);
			expectRoundTrip(data!);
		}
	);

	test('text that starts like a formula is neutralised in practices.csv and restored on reading', () => {
		const tables = ruleTables();
		setCell(tables, 'practices', 0, 'title_en', '=HYPERLINK("http://evil.example","Click")');
		setCell(tables, 'practices', 0, 'summary_fr', "'=1+1");
		setCell(tables, 'practices', 1, 'title_es', '+34 900 000 000');
		setCell(tables, 'practices', 1, 'summary_en', '-10% of the budget');
		setCell(tables, 'places', 0, 'name_en', '@Utrecht');
		setCell(tables, 'sources', 0, 'title', "=cmd|' /C calc'!A0");
		const { data, problems } = buildAtlas(writeTables(tables));
		expect(problems).toEqual([]);
		const csv = toPracticesCsv(indexAtlas(data!));
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
		expect(csv).toContain(`''=1+1`);
		expect(csv).toContain(`'+34 900 000 000`);
		expect(csv).toContain(`'-10% of the budget`);
		expect(csv).toContain(`'@Utrecht`);
		expectRoundTrip(data!);
	});

	test(
		'awkward text anywhere (quotes, commas, line breaks, formulas, markup) survives every export',
		() => {
			const formulaText = fc
				.tuple(fc.constantFrom('=', '+', '-', '@', "'=", "'"), fc.string({ minLength: 1 }))
				.map(([a, b]) => a + b);
			const folder = awkwardTexts.chain((a) =>
				fc.record({ a: fc.constant(a), extra: fc.array(formulaText, { maxLength: 4 }) })
			);
			fc.assert(
				fc.property(folder, ({ a, extra }) => {
					const practices = a.tables.practices;
					extra.forEach((text, i) => {
						if (text.trim())
							practices.rows[i % practices.rows.length]![
								practices.header.indexOf(i % 2 ? 'summary_en' : 'title_fr')
							] = text;
					});
					const { data, problems } = buildAtlas(writeTables(a.tables));
					expect(problems).toEqual([]);
					expectRoundTrip(data!);
				}),
				fuzzOptions(50)
			);
		},
		FUZZ_TIMEOUT
	);

	test('numbers read back exactly, -0 included', () => {
		const tables = ruleTables();
		setCell(tables, 'places', 0, 'lat', '-0');
		setCell(tables, 'places', 1, 'lon', '0.1');
		setCell(tables, 'facts', 0, 'value', '123456789012345678901234567890');
		const { data } = buildAtlas(writeTables(tables));
		expectRoundTrip(data!);
	});
});

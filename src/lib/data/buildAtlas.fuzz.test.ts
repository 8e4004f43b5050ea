/**
 * Property-based tests of the checker on mutated copies of `data/` and `tests/fixtures/small`,
 * in memory. Seeded: FUZZ_SEED replays a run, FUZZ_RUNS widens it.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CANONICAL, writeTable, writeTables } from '../../../tests/support/dataFolder';
import {
	BASES,
	anyCell,
	awkwardTexts,
	duplicateId,
	duplicateRow,
	emptyFile,
	FUZZ_TIMEOUT,
	fuzzOptions,
	headerTypo,
	hugeCell,
	layoutsFor,
	missingFiles,
	randomFile,
	strayQuote,
	truncatedRow,
	truncatedText,
	unknownColumn,
	unknownReference,
	unmatchedQuote,
	wrongType
} from '../../../tests/support/mutations';
import { expectCase, expectWellFormed } from '../../../tests/support/wellFormed';
import { buildAtlas } from './buildAtlas';
import { DATA_FILES, type AtlasData, type DataFile } from './types';

const bases = Object.keys(BASES) as (keyof typeof BASES)[];
const original = Object.fromEntries(
	bases.map((base) => [base, buildAtlas(BASES[base].texts)])
) as Record<keyof typeof BASES, ReturnType<typeof buildAtlas>>;

test('the starting folders are valid', () => {
	for (const base of bases) expect(original[base].problems).toEqual([]);
	// Reading back what the helpers write loses nothing.
	for (const base of bases)
		expect(buildAtlas(writeTables(BASES[base].tables))).toEqual(original[base]);
});

const INVALID = {
	'truncated row': truncatedRow,
	'wrong type': wrongType,
	'unknown reference': unknownReference,
	'duplicate id': duplicateId,
	'duplicate row': duplicateRow,
	'stray quote': strayQuote,
	'unmatched quote': unmatchedQuote,
	'empty file': emptyFile,
	'missing file': missingFiles,
	'header typo': headerTypo,
	'unknown column': unknownColumn
};

describe.each(Object.entries(INVALID))('%s', (_, arbitrary) => {
	test(
		'is reported at its file and line, and nothing is published',
		() => {
			fc.assert(
				fc.property(arbitrary, (c) => expectCase(buildAtlas(c.texts), c)),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);
});

describe('whatever the input', () => {
	test.each([
		['a text cut anywhere', truncatedText],
		['any text in any cell', anyCell],
		['a file of random characters or bytes', randomFile]
	])(
		'%s: never throws, answers with data or located problems',
		(_, arbitrary) => {
			fc.assert(
				fc.property(arbitrary, (c) => expectWellFormed(buildAtlas(c.texts), c.texts)),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);

	test(
		'a 1 MB cell in any column: never throws, and its messages stay short',
		() => {
			fc.assert(
				fc.property(hugeCell, (c) => expectWellFormed(buildAtlas(c.texts), c.texts)),
				fuzzOptions(20)
			);
		},
		FUZZ_TIMEOUT
	);

	test(
		'contents that are not text at all: never throws',
		() => {
			const content = fc.oneof(
				fc.string(),
				fc.constant(undefined),
				fc.constant(null),
				fc.integer(),
				fc.anything()
			);
			const folder = fc.record(Object.fromEntries(DATA_FILES.map((file) => [file, content])), {
				requiredKeys: []
			});
			fc.assert(
				fc.property(folder, (texts) => {
					const result = buildAtlas(texts as Partial<Record<DataFile, string>>);
					expectWellFormed(result, texts);
					expect(result.data).toBeNull();
				}),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);
});

describe('the same data written another way', () => {
	test(
		'BOM, CRLF or CR, quoted cells, reordered columns and blank lines give the same records',
		() => {
			const folder = fc
				.constantFrom(...bases)
				.chain((base) =>
					fc.record({ base: fc.constant(base), layouts: layoutsFor(BASES[base].tables) })
				);
			fc.assert(
				fc.property(folder, ({ base, layouts }) => {
					expect(buildAtlas(writeTables(BASES[base].tables, layouts))).toEqual(original[base]);
				}),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);

	test(
		'text with commas, quotes, line breaks and markup arrives intact in its record, however it is written',
		() => {
			const folder = awkwardTexts.chain((a) =>
				fc.record({ a: fc.constant(a), layouts: layoutsFor(a.tables) })
			);
			fc.assert(
				fc.property(folder, ({ a, layouts }) => {
					const canonical = buildAtlas(writeTables(a.tables));
					expect(canonical.problems).toEqual([]);
					expect(buildAtlas(writeTables(a.tables, layouts))).toEqual(canonical);
					for (const { slot } of a.edits) {
						const cell =
							a.tables[slot.file].rows[slot.row]![a.tables[slot.file].header.indexOf(slot.column)]!;
						const record = canonical.data![slot.file][slot.row]!;
						expect(fieldOf(record, slot.column)).toBe(cell.trim());
					}
				}),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);

	test(
		'a problem below quoted line breaks, blank lines and CRLF is reported on its physical line',
		() => {
			const folder = awkwardTexts.chain((a) =>
				fc.record({
					a: fc.constant(a),
					layouts: layoutsFor(a.tables),
					target: fc
						.constantFrom(...DATA_FILES.filter((file) => a.tables[file].rows.length))
						.chain((file) =>
							fc.record({ file: fc.constant(file), row: fc.nat(a.tables[file].rows.length - 1) })
						)
				})
			);
			fc.assert(
				fc.property(folder, ({ a, layouts, target: { file, row } }) => {
					a.tables[file].rows[row]![0] = 'Not An Id';
					const texts = writeTables(a.tables, layouts);
					const line = writeTable(a.tables[file], layouts[file]).lines[row];
					const result = buildAtlas(texts);
					expectWellFormed(result, texts);
					expect(result.problems).toContainEqual(
						expect.objectContaining({ file: `${file}.csv`, line, column: 'id' })
					);
				}),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);

	test('a 1 MB text cell is read whole', () => {
		const { tables } = BASES.small;
		const copy = structuredClone(tables);
		const huge = 'é, "quoted"\n'.repeat(1 << 16);
		copy.practices.rows[0]![copy.practices.header.indexOf('summary_en')] = huge;
		const result = buildAtlas({
			...writeTables(copy),
			practices: writeTable(copy.practices, { ...CANONICAL, eol: '\r\n', bom: true }).text
		});
		expect(result.problems).toEqual([]);
		expect(result.data!.practices[0]!.summary.en).toBe(huge.trim());
	});
});

/** The record field a text column becomes. */
function fieldOf(record: AtlasData[DataFile][number], column: string): unknown {
	const values = record as unknown as Record<string, unknown>;
	const lang = /^(.*)_(en|fr|es)$/.exec(column);
	if (lang) return (values[lang[1]!] as Record<string, string>)[lang[2]!];
	return values[column === 'date_text' ? 'dateText' : column];
}

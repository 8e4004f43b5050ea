/**
 * fast-check arbitraries that damage a valid data folder in one known way each, with the problem
 * the checker must report for it; and arbitraries for the ways of writing the same data.
 */
import { csvFormatValue } from 'd3-dsv';
import fc from 'fast-check';
import { columnsOf, isOptionalColumn } from '../../src/lib/data/schemas';
import { DATA_FILES, type DataFile, type Problem } from '../../src/lib/data/types';
import {
	CANONICAL,
	VALID_FOLDERS,
	cloneTables,
	lineOfRow,
	toTables,
	writeTable,
	writeTables,
	type Layout,
	type Table,
	type Tables,
	type Texts
} from './dataFolder';

/** Runs per property; FUZZ_RUNS=5000 explores further, FUZZ_SEED replays a failure. */
export const RUNS = Number(process.env.FUZZ_RUNS || 100);
export const SEED = Number(process.env.FUZZ_SEED || 20250703);
/** `runs` at the default scale of 100, scaled with FUZZ_RUNS. */
export const fuzzOptions = (runs = 100) => ({
	numRuns: Math.max(1, Math.round((runs * RUNS) / 100)),
	seed: SEED,
	endOnFailure: true
});
/** Per test, in ms: generous, since the machine may be busy. */
export const FUZZ_TIMEOUT = Math.max(60_000, RUNS * 600);

export const BASES = Object.fromEntries(
	Object.entries(VALID_FOLDERS).map(([name, texts]) => [name, { texts, tables: toTables(texts) }])
) as Record<keyof typeof VALID_FOLDERS, { texts: Texts; tables: Tables }>;

/** A mutated folder and what the checker must say about it. */
export interface Case {
	kind: string;
	texts: Partial<Record<DataFile, string>>;
	/** Problems that must be reported (file, line, column, message pattern). */
	expected: Expected[];
	/** true: these are the only problems (nothing cascades). */
	exact: boolean;
}
export interface Expected {
	file: string;
	/** The line, or the range of lines [first, last] where it may be noticed. */
	line: number | [number, number];
	column?: string;
	message: RegExp;
}

export const matches = (p: Problem, e: Expected) =>
	p.file === e.file &&
	(typeof e.line === 'number' ? p.line === e.line : p.line >= e.line[0] && p.line <= e.line[1]) &&
	(e.column === undefined || p.column === e.column) &&
	e.message.test(p.message);

/** A base folder and a file of it that has at least one data row. */
const baseWithRows = fc
	.constantFrom(...(Object.keys(BASES) as (keyof typeof BASES)[]))
	.chain((base) =>
		fc.record({
			base: fc.constant(base),
			file: fc.constantFrom(
				...DATA_FILES.filter((file) => BASES[base].tables[file].rows.length > 0)
			)
		})
	)
	.chain(({ base, file }) =>
		fc.record({
			base: fc.constant(base),
			file: fc.constant(file),
			row: fc.nat(BASES[base].tables[file].rows.length - 1)
		})
	);

const anyBase = fc.constantFrom(...(Object.keys(BASES) as (keyof typeof BASES)[]));

function edit(base: keyof typeof BASES, change: (tables: Tables) => void): Tables {
	const tables = cloneTables(BASES[base].tables);
	change(tables);
	return tables;
}

const at = (file: DataFile, line: number, message: RegExp, column?: string): Expected => ({
	file: `${file}.csv`,
	line,
	column,
	message
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A row cut short by one or more cells. */
export const truncatedRow = baseWithRows.chain(({ base, file, row }) =>
	fc.integer({ min: 1, max: BASES[base].tables[file].header.length - 1 }).map((drop): Case => {
		const tables = edit(base, (t) => t[file].rows[row]!.splice(-drop));
		const n = tables[file].header.length;
		return {
			kind: 'truncated row',
			texts: writeTables(tables),
			expected: [
				at(
					file,
					lineOfRow(tables[file], row),
					new RegExp(`^has ${n - drop} cells, the header has ${n}$`)
				)
			],
			exact: true
		};
	})
);

/** The text of a file cut anywhere: whatever remains, the answer is well-formed. */
export const truncatedText = anyBase.chain((base) =>
	fc.constantFrom(...DATA_FILES).chain((file) =>
		fc.nat(BASES[base].texts[file].length).map((cut): Case => ({
			kind: 'truncated text',
			texts: { ...BASES[base].texts, [file]: BASES[base].texts[file].slice(0, cut) },
			expected: [],
			exact: false
		}))
	)
);

const HUGE = 1 << 20;

/** Values that break the rule of each column, including a few huge ones. */
export const BAD_VALUES: Record<string, string[]> = {
	id: ['Sao Paulo', 'são-paulo', 'a--b', '-a', 'a_b', 'A', ''],
	place: ['Not Kebab', 'a--b', 'Utrecht'],
	source: ['', 'Source 1', 'uclg/2025'],
	from: ['', 'Utrecht'],
	to: ['', 'utrecht '.repeat(2)],
	lat: [
		'abc',
		'91',
		'-90.5',
		'1,5',
		'52,09',
		'1e3',
		'',
		' ',
		'0x10',
		'1'.padEnd(400, '0'),
		'9'.repeat(HUGE)
	],
	lon: ['181', '-180.01', 'x', '', '1 000', 'Infinity', 'NaN'],
	date: [
		'2025-02-30',
		'2025-13-01',
		'01/07/2025',
		'2025-7-1',
		'',
		'2025-07-01T00:00',
		'2023-02-29'
	],
	start: ['2025-02-29', '1 July 2025', '', '2025-00-10'],
	end: ['2025-02-30', 'soon', '2025/07/02'],
	url: [
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'ftp://example.org/x',
		'example.org',
		'//example.org',
		'http://',
		'',
		'vbscript:msgbox(1)',
		'file:///etc/passwd'
	],
	country: ['XX', 'fr', 'FRA', '', 'UK', 'EU'],
	kind: ['castle', '', 'City'],
	region: ['asia', '', 'Europe'],
	status: ['done', '', 'in place'],
	shared: ['maybe', 'Yes', 'true'],
	unit: ['kg', '', 'percent '.repeat(2)],
	qualifier: ['roughly', 'more than'],
	flag: ['broken', 'yes'],
	paragraph: ['0', '1.5', '-1', 'x', '', '1'.padEnd(400, '0'), '9'.repeat(HUGE)],
	value: ['1,5', 'abc', '1e3', '26 000', '1'.padEnd(400, '0')],
	themes: ['', ' ; ', 'Gender']
};
for (const column of ['title', 'publisher', 'subregion', 'raw', 'speaker', 'date_text'])
	BAD_VALUES[column] = ['', '   ', '\t'];
for (const name of ['title', 'summary', 'label', 'description', 'name', 'role'])
	BAD_VALUES[`${name}_en`] = ['', '  '];

/** One cell replaced by a value its column's rule rejects. */
export const wrongType = baseWithRows.chain(({ base, file, row }) => {
	const header = BASES[base].tables[file].header;
	const columns = header.filter((c) => BAD_VALUES[c]);
	return fc.constantFrom(...columns).chain((column) =>
		fc.constantFrom(...BAD_VALUES[column]!).map((value): Case => {
			const tables = edit(base, (t) => (t[file].rows[row]![header.indexOf(column)] = value));
			return {
				kind: 'wrong type',
				texts: writeTables(tables),
				expected: [at(file, lineOfRow(tables[file], row), /./, column)],
				exact: false
			};
		})
	);
});

/** Every reference between files: [file, column, target file, what the message calls it]. */
export const REFERENCES: [DataFile, string, DataFile, string][] = [
	['practices', 'place', 'places', 'place'],
	['practices', 'source', 'sources', 'source'],
	['practices', 'themes', 'themes', 'theme'],
	['practices', 'groups', 'groups', 'group'],
	['links', 'from', 'places', 'place'],
	['links', 'to', 'places', 'place'],
	['links', 'source', 'sources', 'source'],
	['facts', 'place', 'places', 'place'],
	['facts', 'source', 'sources', 'source'],
	['statements', 'place', 'places', 'place'],
	['statements', 'source', 'sources', 'source'],
	['events', 'place', 'places', 'place'],
	['events', 'source', 'sources', 'source']
];
const LISTS = new Set(['themes', 'groups']);

const freshId = fc.stringMatching(/^[a-z][a-z0-9]{2,8}(?:-[a-z0-9]{1,5}){0,2}$/);

/** A reference to an id its target file does not have. */
export const unknownReference = anyBase
	.chain((base) => {
		const usable = REFERENCES.filter(([file]) => BASES[base].tables[file].rows.length > 0);
		return fc.record({ base: fc.constant(base), ref: fc.constantFrom(...usable) });
	})
	.chain(({ base, ref }) =>
		fc.record({
			base: fc.constant(base),
			ref: fc.constant(ref),
			row: fc.nat(BASES[base].tables[ref[0]].rows.length - 1),
			id: freshId.filter((id) => !BASES[base].tables[ref[2]].rows.some((r) => r[0] === id))
		})
	)
	.map(({ base, ref: [file, column, , what], row, id }): Case => {
		const tables = edit(base, (t) => {
			const cells = t[file].rows[row]!;
			const i = t[file].header.indexOf(column);
			cells[i] = LISTS.has(column) && cells[i]!.trim() ? `${cells[i]}; ${id}` : id;
		});
		return {
			kind: 'unknown reference',
			texts: writeTables(tables),
			expected: [
				at(
					file,
					lineOfRow(tables[file], row),
					new RegExp(`^unknown ${what} "${escape(id)}"$`),
					column
				)
			],
			exact: true
		};
	});

/** The text column that tells two rows with the same id apart. */
const textColumnOf = (file: DataFile) => columnsOf(file).find((c) => /_en$|^title$/.test(c))!;

/** A row copied with another text: same id twice. */
export const duplicateId = baseWithRows.map(({ base, file, row }): Case => {
	const tables = edit(base, (t) => {
		const copy = [...t[file].rows[row]!];
		const i = t[file].header.indexOf(textColumnOf(file));
		copy[i] = `${copy[i]} (copy)`;
		t[file].rows.push(copy);
	});
	const last = tables[file].rows.length - 1;
	const id = tables[file].rows[row]![0];
	return {
		kind: 'duplicate id',
		texts: writeTables(tables),
		expected: [
			at(
				file,
				lineOfRow(tables[file], last),
				new RegExp(`^"${escape(id!)}" is already used on line ${lineOfRow(tables[file], row)}$`),
				'id'
			)
		],
		exact: true
	};
});

/** A row copied as is, anywhere below the original. */
export const duplicateRow = baseWithRows.chain(({ base, file, row }) =>
	fc.integer({ min: row + 1, max: BASES[base].tables[file].rows.length }).map((to): Case => {
		const tables = edit(base, (t) => t[file].rows.splice(to, 0, [...t[file].rows[row]!]));
		return {
			kind: 'duplicate row',
			texts: writeTables(tables),
			expected: [
				at(
					file,
					lineOfRow(tables[file], to),
					new RegExp(`^duplicates the row on line ${lineOfRow(tables[file], row)}$`)
				)
			],
			exact: true
		};
	})
);

/** A double quote inside a cell that is not quoted (a spreadsheet never writes that). */
export const strayQuote = baseWithRows.chain(({ base, file, row }) => {
	const cells = BASES[base].tables[file].rows[row]!;
	const plain = cells
		.map((c, i) => [c, i] as const)
		.filter(([c]) => c.length > 0 && csvFormatValue(c) === c);
	return fc
		.constantFrom(...plain)
		.chain(([cell, i]) =>
			fc.record({ i: fc.constant(i), at: fc.integer({ min: 1, max: cell.length }) })
		)
		.map(({ i, at: k }): Case => {
			const raw = cells
				.map((c, j) => (j === i ? `${c.slice(0, k)}"${c.slice(k)}` : csvFormatValue(c)))
				.join(',');
			const table = BASES[base].tables[file];
			return {
				kind: 'stray quote',
				texts: {
					...writeTables(BASES[base].tables),
					[file]: writeTable(table, { ...CANONICAL, rawRows: new Map([[row, raw]]) }).text
				},
				expected: [
					at(file, lineOfRow(table, row), /^has a double quote inside a cell that is not quoted$/)
				],
				exact: true
			};
		});
});

/** A quote that opens a cell and is never closed where it should be. */
export const unmatchedQuote = baseWithRows.chain(({ base, file, row }) => {
	// Before a cell that is already quoted, one more quote would only make a valid "" pair.
	const plain = BASES[base].tables[file].rows[row]!.map((c, i) => [c, i] as const).filter(
		([c]) => csvFormatValue(c) === c
	);
	return fc.constantFrom(...plain.map(([, i]) => i)).map((i): Case => {
		const table = BASES[base].tables[file];
		const cells = table.rows[row]!.map(csvFormatValue);
		cells[i] = `"${cells[i]}`;
		const text = writeTable(table, {
			...CANONICAL,
			rawRows: new Map([[row, cells.join(',')]])
		}).text;
		const line = lineOfRow(table, row);
		// Where the reader notices depends on the quotes below: on this line or a later one.
		const lines = text.split(/\r\n|\r|\n/).length;
		return {
			kind: 'unmatched quote',
			texts: { ...BASES[base].texts, [file]: text },
			expected: [{ file: `${file}.csv`, line: [line, lines], message: /double quote/ }],
			exact: true
		};
	});
});

/** An empty file (or one that holds only blank lines or a byte-order mark). */
export const emptyFile = anyBase.chain((base) =>
	fc
		.record({
			file: fc.constantFrom(...DATA_FILES),
			blank: fc.constantFrom('', '\n', '\r\n\r\n', '\ufeff', '\ufeff\n', ' \n\t\n', ',,,\n')
		})
		.map(({ file, blank }): Case => ({
			kind: 'empty file',
			texts: { ...BASES[base].texts, [file]: blank },
			expected: [at(file, 0, /^is empty$/)],
			exact: true
		}))
);

/** One or more files left out. */
export const missingFiles = anyBase.chain((base) =>
	fc.subarray([...DATA_FILES], { minLength: 1 }).map((gone): Case => {
		const texts: Partial<Texts> = { ...BASES[base].texts };
		for (const file of gone) delete texts[file];
		return {
			kind: 'missing file',
			texts,
			expected: gone.map((file) => at(file, 0, /^is missing$/)),
			exact: true
		};
	})
);

const typoOf = (name: string) =>
	fc
		.record({
			op: fc.constantFrom('replace', 'insert', 'delete', 'swap', 'case'),
			at: fc.nat(name.length - 1),
			char: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz_-0 ')
		})
		.map(({ op, at: i, char }) => {
			if (op === 'replace') return name.slice(0, i) + char + name.slice(i + 1);
			if (op === 'insert') return name.slice(0, i) + char + name.slice(i);
			if (op === 'delete') return name.slice(0, i) + name.slice(i + 1);
			if (op === 'swap')
				return name.slice(0, i) + (name[i + 1] ?? '') + name[i] + name.slice(i + 2);
			return name.slice(0, i) + name[i]!.toUpperCase() + name.slice(i + 1);
		});

/** One header name misspelt. */
export const headerTypo = anyBase
	.chain((base) => fc.record({ base: fc.constant(base), file: fc.constantFrom(...DATA_FILES) }))
	.chain(({ base, file }) =>
		fc.constantFrom(...BASES[base].tables[file].header).chain((column) =>
			typoOf(column)
				.filter((typo) => typo.trim() !== '' && !columnsOf(file).includes(typo.trim()))
				.map((typo): Case => {
					const tables = edit(base, (t) => (t[file].header[t[file].header.indexOf(column)] = typo));
					const expected = [at(file, 1, /^unknown column$/, typo.trim())];
					if (!isOptionalColumn(column)) expected.push(at(file, 1, /^missing column$/, column));
					// Without an optional column its rows are read with that column empty, which may
					// break a rule between columns (facts without their flag); a required one stops the file.
					return {
						kind: 'header typo',
						texts: writeTables(tables),
						expected,
						exact: !isOptionalColumn(column)
					};
				})
		)
	);

/** A column that the documentation does not know. */
export const unknownColumn = anyBase.chain((base) =>
	fc
		.record({
			file: fc.constantFrom(...DATA_FILES),
			name: fc.constantFrom('notes', 'comment', 'Title', 'lng', 'latitude', 'name')
		})
		.filter(({ file, name }) => !columnsOf(file).includes(name))
		.map(({ file, name }): Case => {
			const tables = edit(base, (t) => {
				t[file].header.push(name);
				for (const row of t[file].rows) row.push('x');
			});
			return {
				kind: 'unknown column',
				texts: writeTables(tables),
				expected: [at(file, 1, /^unknown column$/, name)],
				exact: true
			};
		})
);

/** Characters that CSV, HTML, spreadsheets and bidi rendering treat specially. */
const HOSTILE = [
	...',;"\'\n\r\t =+-@<>&/\\{}$`|#%',
	'\ufeff',
	'\u202e',
	'\u200b',
	'\u0000',
	'é',
	'漢',
	'🙂',
	'ﬁ'
];
export const hostileText = fc.string({
	unit: fc.oneof(
		fc.constantFrom(...HOSTILE),
		fc.constantFrom(...'abcXYZ019'),
		fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
	),
	maxLength: 40
});

/** A cell set to anything at all. */
export const anyCell = baseWithRows.chain(({ base, file, row }) =>
	fc
		.record({
			column: fc.nat(BASES[base].tables[file].header.length - 1),
			value: fc.oneof(hostileText, fc.string({ unit: 'binary' }))
		})
		.map(({ column, value }): Case => {
			const tables = edit(base, (t) => (t[file].rows[row]![column] = value));
			return { kind: 'any cell', texts: writeTables(tables), expected: [], exact: false };
		})
);

/** A whole file of random characters, or of random raw bytes read as Latin-1. */
export const randomFile = anyBase.chain((base) =>
	fc
		.record({
			file: fc.constantFrom(...DATA_FILES),
			text: fc.oneof(
				fc.string({ unit: 'binary', maxLength: 400 }),
				fc.string({ unit: fc.constantFrom(...HOSTILE, 'id', 'label_en', ','), maxLength: 60 }),
				fc.uint8Array({ maxLength: 400 }).map((b) => String.fromCharCode(...b))
			)
		})
		.map(({ file, text }): Case => ({
			kind: 'random file',
			texts: { ...BASES[base].texts, [file]: text },
			expected: [],
			exact: false
		}))
);

/** A 1 MB cell in any column. */
export const hugeCell = baseWithRows.chain(({ base, file, row }) =>
	fc
		.record({
			column: fc.nat(BASES[base].tables[file].header.length - 1),
			char: fc.constantFrom('a', '9', '"', ',', '\n', 'é', '-')
		})
		.map(({ column, char }): Case => {
			const tables = edit(base, (t) => (t[file].rows[row]![column] = char.repeat(HUGE)));
			return { kind: 'huge cell', texts: writeTables(tables), expected: [], exact: false };
		})
);

/** A way of writing one table that a spreadsheet may use. */
export function layoutFor(table: Table) {
	return fc.record({
		eol: fc.constantFrom<Layout['eol'][]>('\n', '\r\n', '\r'),
		bom: fc.boolean(),
		quoteAll: fc.boolean(),
		order: fc.shuffledSubarray(
			table.header.map((_, i) => i),
			{ minLength: table.header.length }
		),
		blankBefore: fc
			.array(fc.tuple(fc.nat(table.rows.length), fc.constantFrom('', ' ', '\t', ',,,', ', ,')), {
				maxLength: 3
			})
			.map((pairs) => new Map(pairs)),
		trailingEol: fc.boolean()
	});
}

export function layoutsFor(tables: Tables) {
	return fc.record(
		Object.fromEntries(DATA_FILES.map((file) => [file, layoutFor(tables[file])])) as Record<
			DataFile,
			fc.Arbitrary<Layout>
		>
	);
}

/** Columns that hold free text (any characters; required ones must not be blank). */
export const isTextColumn = (column: string) =>
	/_(en|fr|es)$/.test(column) ||
	['title', 'publisher', 'subregion', 'raw', 'speaker', 'date_text', 'venue'].includes(column);

/** Text with commas, quotes, line breaks and worse, never blank once trimmed. */
export const cellText = fc
	.oneof(hostileText, fc.string({ unit: 'grapheme' }))
	.filter((s) => s.trim() !== '');

/** A valid folder whose text cells were rewritten with awkward but valid text. */
export const awkwardTexts = anyBase.chain((base) => {
	const slots = DATA_FILES.flatMap((file) =>
		BASES[base].tables[file].rows.flatMap((_, row) =>
			BASES[base].tables[file].header.filter(isTextColumn).map((column) => ({ file, row, column }))
		)
	);
	return fc
		.array(fc.record({ slot: fc.constantFrom(...slots), text: cellText }), {
			minLength: 1,
			maxLength: 8
		})
		.map((edits) => ({
			base,
			edits,
			tables: edit(base, (t) => {
				for (const { slot, text } of edits)
					t[slot.file].rows[slot.row]![t[slot.file].header.indexOf(slot.column)] = text;
			})
		}));
});

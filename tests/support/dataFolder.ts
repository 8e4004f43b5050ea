/**
 * Test helpers over data folders: read one into texts, view each file as a table of cells, write
 * the tables back the ways a spreadsheet may (BOM, CRLF, quoting, blank lines, column order), and
 * find the physical line where a row starts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { buildAtlas } from '../../src/lib/data/buildAtlas';
import { formatProblem } from '../../src/lib/data/problems';
import { DATA_FILES, type DataFile } from '../../src/lib/data/types';

export type Texts = Record<DataFile, string>;

export interface Table {
	header: string[];
	rows: string[][];
}
export type Tables = Record<DataFile, Table>;

export function readTexts(dir: string): Texts {
	return Object.fromEntries(
		DATA_FILES.map((file) => [file, readFileSync(join(dir, `${file}.csv`), 'utf8')])
	) as Texts;
}

/** The folders every fuzz test starts from. */
export const VALID_FOLDERS = {
	data: readTexts('data'),
	small: readTexts('tests/fixtures/small'),
	hostile: readTexts('tests/fixtures/hostile')
};

export function toTable(text: string): Table {
	const [header = [], ...rows] = csvParseRows(text.replace(/^\ufeff/, '')).filter((row) =>
		row.some((cell) => cell.trim())
	);
	return { header, rows };
}

export function toTables(texts: Texts): Tables {
	return Object.fromEntries(DATA_FILES.map((file) => [file, toTable(texts[file])])) as Tables;
}

export function cloneTables(tables: Tables): Tables {
	return structuredClone(tables);
}

/** How a spreadsheet may write the same table. */
export interface Layout {
	eol: '\n' | '\r\n' | '\r';
	bom: boolean;
	/** Quote every cell, even those that need no quotes. */
	quoteAll: boolean;
	/** Column order as a permutation of the header's indexes; identity when absent. */
	order?: number[];
	/** Blank lines to insert before data row i (index rows.length: at the end). */
	blankBefore?: Map<number, string>;
	/** Rows written as given instead of formatted from their cells (to plant broken quoting). */
	rawRows?: Map<number, string>;
	trailingEol: boolean;
}

export const CANONICAL: Layout = { eol: '\n', bom: false, quoteAll: false, trailingEol: true };

function quote(cell: string): string {
	return `"${cell.replaceAll('"', '""')}"`;
}

/** Writes a table; also returns the physical line where each data row starts. */
export function writeTable(
	table: Table,
	layout: Layout = CANONICAL
): { text: string; lines: number[] } {
	const pick = (cells: string[]) =>
		layout.order ? layout.order.map((i) => cells[i] ?? '') : cells;
	const formatRow = (cells: string[]) =>
		layout.quoteAll ? cells.map(quote).join(',') : csvFormatRows([cells]);
	const out: string[] = [formatRow(pick(table.header))];
	const lines: number[] = [];
	let line = 1 + physicalBreaks(out[0]!);
	table.rows.forEach((cells, i) => {
		const blank = layout.blankBefore?.get(i);
		if (blank !== undefined) {
			out.push(blank);
			line += 1;
		}
		line += 1;
		lines.push(line);
		const row = layout.rawRows?.get(i) ?? formatRow(pick(cells));
		out.push(row);
		line += physicalBreaks(row);
	});
	const tail = layout.blankBefore?.get(table.rows.length);
	if (tail !== undefined) out.push(tail);
	// Only rows are separated by the layout's line ending: a break inside a quoted cell is content.
	const text = out.join(layout.eol) + (layout.trailingEol ? layout.eol : '');
	return { text: (layout.bom ? '\ufeff' : '') + text, lines };
}

function physicalBreaks(text: string): number {
	return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

export function writeTables(
	tables: Tables,
	layouts: Partial<Record<DataFile, Layout>> = {}
): Texts {
	return Object.fromEntries(
		DATA_FILES.map((file) => [file, writeTable(tables[file], layouts[file]).text])
	) as Texts;
}

/** The physical line (1-based) of data row `row` of `file` when written canonically. */
export function lineOfRow(table: Table, row: number): number {
	return writeTable(table).lines[row]!;
}

/** Sets one cell by column name. */
export function setCell(
	tables: Tables,
	file: DataFile,
	row: number,
	column: string,
	value: string
): void {
	const i = tables[file].header.indexOf(column);
	if (i < 0 || !tables[file].rows[row]) throw new Error(`no cell ${file}.csv row ${row} ${column}`);
	tables[file].rows[row]![i] = value;
}

/**
 * `tests/fixtures/small` plus one fact (line 2 of facts.csv) and one statement (line 2 of
 * statements.csv), so that every file has a row to break. Valid as it is.
 */
export function ruleTables(): Tables {
	const tables = toTables(VALID_FOLDERS.small);
	tables.facts.rows.push([
		'utrecht-residents',
		'utrecht',
		'Residents',
		'',
		'',
		'360000',
		'people',
		'about',
		'about 360,000 residents',
		'',
		'uclg-2025-07-03-ohchr',
		'35'
	]);
	tables.statements.rows.push([
		'utrecht-alderman',
		'utrecht',
		'Jan Jansen',
		'Alderman',
		'',
		'',
		'Says the monitor guides policy.',
		'',
		'',
		'uclg-2025-07-03-ohchr',
		'35'
	]);
	return tables;
}

/** The problems of the rule fixture after `change`, as `npm run data:check` prints them. */
export function printedProblems(change: (tables: Tables) => void): string[] {
	const tables = ruleTables();
	change(tables);
	return buildAtlas(writeTables(tables)).problems.map(formatProblem);
}

/** A table row of a rule test: one cell of the rule fixture changed, and the one line printed. */
export type CellCase = [
	rule: string,
	file: DataFile,
	row: number,
	column: string,
	value: string,
	printed: string
];

/** The problems of the rule fixture with one cell changed, as printed. */
export function checkCell(file: DataFile, row: number, column: string, value: string): string[] {
	return printedProblems((tables) => setCell(tables, file, row, column, value));
}

import * as v from 'valibot';
import { cellsOf, parseCsv, type CsvRow } from './csv';
import { printable, quote, sortProblems } from './problems';
import {
	CellIssue,
	ROW_SCHEMAS,
	cellRule,
	columnsOf,
	isOptionalColumn,
	type CellRule
} from './schemas';
import { didYouMean } from './suggest';
import { toRecords } from './toRecords';
import { DATA_FILES, type AtlasData, type DataFile, type Problem } from './types';

export interface BuildResult {
	/** null whenever there is at least one problem: invalid data is never used. */
	data: AtlasData | null;
	problems: Problem[];
}

/** A row after its columns were checked, still keyed by column. */
export interface CheckedRow {
	line: number;
	/** The value of every column that passed its rule (undefined for a failed one). */
	values: Record<string, unknown>;
	/** Columns that failed their rule (already reported): they have no value. */
	failed: ReadonlySet<string>;
}

/** What the rules that span files need to know of one file. */
export interface CheckedFile {
	rows: CheckedRow[];
	/** false when the file could not be read as a table: references into it are not judged. */
	readable: boolean;
	/** Every cell of rows too broken to check: a reference to one of them is not called unknown. */
	maybeIds: ReadonlySet<string>;
}

const fileName = (file: DataFile) => `${file}.csv`;

/** The failed columns of the many rows that have none (never written to). */
const NO_FAILURES: ReadonlySet<string> = new Set();

/**
 * One checker per column, each running that column's rule exactly as before (the same value, or
 * the same first issue). Ids, enums, lists and numbers repeat from row to row, so each distinct
 * cell is checked once; a column whose cells rarely repeat (text) stops remembering them. Lists
 * are copied so that no two records share an array.
 */
function cellCheckers(file: DataFile, columns: string[]): CellRule[] {
	const schemas = ROW_SCHEMAS[file] as Record<string, v.GenericSchema<string, unknown>>;
	return columns.map((column) => {
		const rule = cellRule(schemas[column]!);
		let cache: Map<string, unknown> | null = new Map();
		let lookups = 0;
		let hits = 0;
		return (cell) => {
			if (!cache) return rule(cell);
			const known = cache.get(cell);
			if (++lookups === 1000 && hits < 500) cache = null;
			// An empty optional cell's value is undefined too: only `has` tells it from an unknown cell.
			if (known === undefined && !cache?.has(cell)) {
				const result = rule(cell);
				cache?.set(cell, result);
				return result;
			}
			hits++;
			return Array.isArray(known) ? [...known] : known;
		};
	});
}

/** Reports header problems; false when a required column is missing, so no row can be checked. */
function checkHeader(file: DataFile, header: string[], line: number, problems: Problem[]): boolean {
	const name = fileName(file);
	const known = columnsOf(file);
	header.forEach((column, i) => {
		if (column === '')
			problems.push({
				file: name,
				line,
				message: `column ${i + 1} has no name`,
				hint: 'delete the empty column, or name it'
			});
		else if (!known.includes(column))
			problems.push({
				file: name,
				line,
				column: printable(column),
				message: 'unknown column',
				hint: didYouMean(column, known) ?? `known columns: ${known.join(', ')}`
			});
	});
	const seen = new Set<string>();
	for (const column of header) {
		if (column && seen.has(column))
			problems.push({
				file: name,
				line,
				column: printable(column),
				message: 'column appears twice'
			});
		seen.add(column);
	}
	const missing = known.filter((column) => !header.includes(column) && !isOptionalColumn(column));
	for (const column of missing)
		problems.push({ file: name, line, column, message: 'missing column' });
	return missing.length === 0;
}

/** A row already checked, as a later row with the same id may need it. */
interface EarlierRow {
	line: number;
	source: string;
	/** Read again from the source when a second row with this id comes. */
	cells?: string[];
}

/**
 * Checks each row against its columns' rules as it is read, adds it to `checked`, and finds
 * repeated rows.
 */
function rowChecker(
	file: DataFile,
	header: string[],
	problems: Problem[],
	checked: CheckedRow[]
): (row: CsvRow) => void {
	const name = fileName(file);
	const known = columnsOf(file);
	const check = cellCheckers(file, known);
	// Where each known column is in a row: its last place, as when a row was keyed by column name.
	const at = known.map((column) => header.lastIndexOf(column));
	const cellOf = (cells: string[], i: number) => (at[i]! < 0 ? '' : cells[at[i]!]!);
	const idAt = known.indexOf('id');
	// Each row's values are made whole in one step: added one by one, sixteen columns grow each
	// object several times over (about 6% of reading 50,000 practices).
	const shape = Object.fromEntries(known.map((column) => [column, undefined]));
	// A duplicate row has the same id, so only rows that share an id are compared cell by cell.
	// Earlier rows are kept as their source, and their cells read again only then: the cells of
	// most rows are dropped as soon as they are checked.
	const earlierRowsById = new Map<string, EarlierRow[]>();
	return (row) => {
		const id = cellOf(row.cells, idAt).trim();
		const sameId = earlierRowsById.get(id);
		const first = sameId?.find((earlier) => {
			const cells = (earlier.cells ??= cellsOf(earlier.source));
			return known.every((_, i) => cellOf(cells, i).trim() === cellOf(row.cells, i).trim());
		});
		if (first) {
			problems.push({
				file: name,
				line: row.line,
				message: `duplicates the row on line ${first.line}`,
				hint: 'delete one of the two'
			});
			return;
		}
		const earlier: EarlierRow = { line: row.line, source: row.source };
		if (sameId) sameId.push(earlier);
		else earlierRowsById.set(id, [earlier]);
		// Column by column, so that a row with one bad cell still has its other values (its id above
		// all) for the rules between rows and files: every problem is reported at once.
		const values: Record<string, unknown> = { ...shape };
		let failed: Set<string> | undefined;
		for (let i = 0; i < known.length; i++) {
			const column = known[i]!;
			const raw = cellOf(row.cells, i);
			const result = check[i]!(raw);
			if (!(result instanceof CellIssue)) {
				values[column] = result;
				continue;
			}
			(failed ??= new Set()).add(column);
			// The message names the cell, unless it already does (`unknown kind "castle"; use one of…`).
			const message = result.message;
			const cell = raw.trim();
			problems.push({
				file: name,
				line: row.line,
				column,
				message: cell && !message.includes(quote(cell)) ? `${quote(cell)} ${message}` : message
			});
		}
		checked.push({ line: row.line, values, failed: failed ?? NO_FAILURES });
	};
}

/**
 * Reads the CSV texts of a data folder and builds the published data, or reports every problem.
 * A file that is absent (or not text) is reported; never throws on any input.
 */
export function buildAtlas(texts: Partial<Record<DataFile, string>>): BuildResult {
	const problems: Problem[] = [];
	const files = {} as Record<DataFile, CheckedFile>;
	for (const file of DATA_FILES) {
		const text: unknown = texts?.[file];
		if (typeof text !== 'string') {
			problems.push({
				file: fileName(file),
				line: 0,
				message: 'is missing',
				hint: 'every data file must exist, even with its header row only'
			});
			files[file] = { rows: [], readable: false, maybeIds: new Set() };
			continue;
		}
		// Rows are checked as they are read, once the header is known to be usable.
		const rows: CheckedRow[] = [];
		let readable = false;
		const table = parseCsv(text, fileName(file), problems, (header, line) => {
			readable = checkHeader(file, header, line, problems);
			return readable ? rowChecker(file, header, problems, rows) : undefined;
		});
		files[file] = {
			rows,
			readable,
			maybeIds: new Set(table.broken.flat().map((cell) => cell.trim()))
		};
	}
	const data = toRecords(files, problems);
	return problems.length
		? { data: null, problems: sortProblems(problems) }
		: { data, problems: [] };
}

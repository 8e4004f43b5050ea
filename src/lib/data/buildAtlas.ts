import * as v from 'valibot';
import { parseCsv, type CsvRow } from './csv';
import { printable, quote, sortProblems } from './problems';
import { ROW_SCHEMAS, columnsOf, isOptionalColumn } from './schemas';
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
	/** The value of every column that passed its rule. */
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

/** Reports header problems; false when a required column is missing, so no row can be checked. */
function checkHeader(file: DataFile, header: string[], line: number, problems: Problem[]): boolean {
	const name = fileName(file);
	const known = columnsOf(file);
	header.forEach((column, i) => {
		if (column === '')
			problems.push({ file: name, line, message: `column ${i + 1} has no name`, hint: 'delete the empty column, or name it' });
		else if (!known.includes(column))
			problems.push({ file: name, line, column: printable(column), message: 'unknown column', hint: didYouMean(column, known) ?? `known columns: ${known.join(', ')}` });
	});
	const seen = new Set<string>();
	for (const column of header) {
		if (column && seen.has(column)) problems.push({ file: name, line, column: printable(column), message: 'column appears twice' });
		seen.add(column);
	}
	const missing = known.filter((column) => !header.includes(column) && !isOptionalColumn(column));
	for (const column of missing) problems.push({ file: name, line, column, message: 'missing column' });
	return missing.length === 0;
}

/** Checks every cell of every row against its column's rule, and finds repeated rows. */
function checkRows(file: DataFile, rows: CsvRow[], problems: Problem[]): CheckedRow[] {
	const name = fileName(file);
	const known = columnsOf(file);
	const schemas = ROW_SCHEMAS[file] as Record<string, v.GenericSchema<string, unknown>>;
	const firstLineOf = new Map<string, number>();
	const checked: CheckedRow[] = [];
	for (const row of rows) {
		const signature = JSON.stringify(known.map((column) => (row.cells[column] ?? '').trim()));
		const first = firstLineOf.get(signature);
		if (first !== undefined) {
			problems.push({ file: name, line: row.line, message: `duplicates the row on line ${first}`, hint: 'delete one of the two' });
			continue;
		}
		firstLineOf.set(signature, row.line);
		// Column by column, so that a row with one bad cell still has its other values (its id above
		// all) for the rules between rows and files: every problem is reported at once.
		const values: Record<string, unknown> = {};
		const failed = new Set<string>();
		for (const column of known) {
			const raw = row.cells[column] ?? '';
			const result = v.safeParse(schemas[column]!, raw, { abortPipeEarly: true });
			if (result.success) {
				values[column] = result.output;
				continue;
			}
			failed.add(column);
			// The message names the cell, unless it already does (`unknown kind "castle"; use one of…`).
			const message = result.issues[0].message;
			const cell = raw.trim();
			problems.push({ file: name, line: row.line, column, message: cell && !message.includes(quote(cell)) ? `${quote(cell)} ${message}` : message });
		}
		checked.push({ line: row.line, values, failed });
	}
	return checked;
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
			problems.push({ file: fileName(file), line: 0, message: 'is missing', hint: 'every data file must exist, even with its header row only' });
			files[file] = { rows: [], readable: false, maybeIds: new Set() };
			continue;
		}
		const table = parseCsv(text, fileName(file), problems);
		const usable = table.header.length > 0 && checkHeader(file, table.header, table.headerLine, problems);
		files[file] = {
			rows: usable ? checkRows(file, table.rows, problems) : [],
			readable: usable,
			maybeIds: new Set(table.broken.flat().map((cell) => cell.trim()))
		};
	}
	const data = toRecords(files, problems);
	return problems.length ? { data: null, problems: sortProblems(problems) } : { data, problems: [] };
}

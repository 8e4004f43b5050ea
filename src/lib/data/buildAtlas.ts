import * as v from 'valibot';
import { parseCsv, type CsvRow } from './csv';
import { sortProblems } from './problems';
import { ROW_SCHEMAS, columnsOf, isOptionalColumn } from './schemas';
import { didYouMean } from './suggest';
import { toRecords } from './toRecords';
import { DATA_FILES, type AtlasData, type DataFile, type Problem } from './types';

export interface BuildResult {
	/** null whenever there is at least one problem: invalid data is never used. */
	data: AtlasData | null;
	problems: Problem[];
}

/** A row after its columns passed their rules, still keyed by column. */
export interface CheckedRow {
	line: number;
	values: Record<string, unknown>;
}

const fileName = (file: DataFile) => `${file}.csv`;

type CellResult = { ok: true; value: unknown } | { ok: false; messages: string[] };

/**
 * One checker per column, each running that column's rules exactly as the row schema would (the
 * same issues, in column order). Ids, enums, lists and numbers repeat from row to row, so each
 * distinct cell is checked once; a column whose cells rarely repeat (text) stops remembering
 * them. Lists are copied so that no two records share an array.
 */
function cellCheckers(file: DataFile, columns: string[]): ((cell: string) => CellResult)[] {
	return columns.map((column) => {
		const schema = ROW_SCHEMAS[file][column as keyof (typeof ROW_SCHEMAS)[typeof file]] as v.GenericSchema<string, unknown>;
		const run = (cell: string): CellResult => {
			const parsed = v.safeParse(schema, cell, { abortEarly: false, abortPipeEarly: true });
			return parsed.success ? { ok: true, value: parsed.output } : { ok: false, messages: parsed.issues.map((issue) => issue.message) };
		};
		let cache: Map<string, CellResult> | null = new Map();
		let lookups = 0;
		let hits = 0;
		return (cell) => {
			if (!cache) return run(cell);
			const known = cache.get(cell);
			if (++lookups === 1000 && hits < 500) cache = null;
			if (!known) {
				const result = run(cell);
				cache?.set(cell, result);
				return result;
			}
			hits++;
			return known.ok && Array.isArray(known.value) ? { ok: true, value: [...known.value] } : known;
		};
	});
}

function checkRows(file: DataFile, header: string[], rows: CsvRow[], problems: Problem[]): CheckedRow[] {
	const name = fileName(file);
	const known = columnsOf(file);
	for (const column of header) {
		if (!known.includes(column))
			problems.push({ file: name, line: 1, column, message: 'unknown column', hint: didYouMean(column, known) ?? `known columns: ${known.join(', ')}` });
	}
	const seen = new Set<string>();
	for (const column of header) {
		if (seen.has(column)) problems.push({ file: name, line: 1, column, message: 'column appears twice' });
		seen.add(column);
	}
	const missing = known.filter((column) => !header.includes(column) && !isOptionalColumn(column));
	for (const column of missing) problems.push({ file: name, line: 1, column, message: 'missing column' });
	if (missing.length > 0) return [];

	const check = cellCheckers(file, known);
	// Where each known column is in the row (its last occurrence, should the header repeat it).
	const at = known.map((column) => header.lastIndexOf(column));
	const cellOf = (row: CsvRow, k: number) => (at[k]! < 0 ? '' : row.cells[at[k]!]!);
	const idAt = known.indexOf('id');
	// A duplicate row has the same id, so only rows that share an id are compared cell by cell.
	const earlierRowsById = new Map<string, CsvRow[]>();
	const checked: CheckedRow[] = [];
	for (const row of rows) {
		const id = cellOf(row, idAt).trim();
		const sameId = earlierRowsById.get(id);
		const first = sameId?.find((earlier) => known.every((_, k) => cellOf(earlier, k).trim() === cellOf(row, k).trim()));
		if (first) {
			problems.push({ file: name, line: row.line, message: `duplicates the row on line ${first.line}`, hint: 'delete one of the two' });
			continue;
		}
		if (sameId) sameId.push(row);
		else earlierRowsById.set(id, [row]);
		const values: Record<string, unknown> = {};
		let valid = true;
		for (let i = 0; i < known.length; i++) {
			const column = known[i]!;
			const raw = cellOf(row, i);
			const result = check[i]!(raw);
			if (result.ok) {
				values[column] = result.value;
				continue;
			}
			valid = false;
			const cell = raw.trim();
			const shown = cell.length > 40 ? `${cell.slice(0, 40)}…` : cell;
			for (const message of result.messages)
				problems.push({ file: name, line: row.line, column, message: cell && !message.includes('"') ? `"${shown}" ${message}` : message });
		}
		if (valid) checked.push({ line: row.line, values });
	}
	return checked;
}

/**
 * Reads the CSV texts of a data folder and builds the published data, or reports every problem.
 * A file that is absent (undefined) is reported; never throws on any input.
 */
export function buildAtlas(texts: Partial<Record<DataFile, string>>): BuildResult {
	const problems: Problem[] = [];
	const rows = {} as Record<DataFile, CheckedRow[]>;
	const readable = new Set<DataFile>();
	for (const file of DATA_FILES) {
		const text = texts[file];
		if (text === undefined) {
			problems.push({ file: fileName(file), line: 0, message: 'is missing', hint: 'every data file must exist, even with its header row only' });
			rows[file] = [];
			continue;
		}
		const before = problems.length;
		const table = parseCsv(text, fileName(file), problems);
		const parsedCleanly = problems.length === before;
		rows[file] = table.header.length ? checkRows(file, table.header, table.rows, problems) : [];
		if (parsedCleanly && table.header.length) readable.add(file);
	}
	const data = toRecords(rows, readable, problems);
	return problems.length ? { data: null, problems: sortProblems(problems) } : { data, problems: [] };
}

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

	const schema = v.object(Object.fromEntries(known.map((column) => [column, ROW_SCHEMAS[file][column as keyof (typeof ROW_SCHEMAS)[typeof file]]])));
	const firstLineOf = new Map<string, number>();
	const checked: CheckedRow[] = [];
	for (const row of rows) {
		const input = Object.fromEntries(known.map((column) => [column, row.cells[column] ?? '']));
		const signature = JSON.stringify(known.map((column) => (row.cells[column] ?? '').trim()));
		const first = firstLineOf.get(signature);
		if (first !== undefined) {
			problems.push({ file: name, line: row.line, message: `duplicates the row on line ${first}`, hint: 'delete one of the two' });
			continue;
		}
		firstLineOf.set(signature, row.line);
		const result = v.safeParse(schema, input, { abortEarly: false, abortPipeEarly: true });
		if (result.success) {
			checked.push({ line: row.line, values: result.output });
			continue;
		}
		for (const issue of result.issues) {
			const column = String(issue.path?.[0]?.key ?? '');
			const cell = (row.cells[column] ?? '').trim();
			const shown = cell.length > 40 ? `${cell.slice(0, 40)}…` : cell;
			problems.push({ file: name, line: row.line, column, message: cell && !issue.message.includes('"') ? `"${shown}" ${issue.message}` : issue.message });
		}
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

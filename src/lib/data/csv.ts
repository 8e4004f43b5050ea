import { csvParseRows } from 'd3-dsv';
import type { Problem } from './types';

export interface CsvRow {
	/** 1-based physical line where the row starts (quoted line breaks counted). */
	line: number;
	cells: Record<string, string>;
}

export interface CsvTable {
	file: string;
	/** Line of the header row (blank lines may come before it). */
	headerLine: number;
	header: string[];
	rows: CsvRow[];
	/** Cells of the rows whose cell count is wrong: their columns cannot be trusted. */
	broken: string[][];
}

const LINE_BREAK = /\r\n|\r|\n/g;

function countLineBreaks(cell: string): number {
	return cell.match(LINE_BREAK)?.length ?? 0;
}

/**
 * Finds quoting that a spreadsheet never writes, which d3-dsv would read without complaint but
 * wrongly: a quote that opens and never closes (it swallows every row below), text after a
 * closing quote, and a quote inside an unquoted cell. Returns the line of the first one.
 */
export function findQuoteProblem(text: string): { line: number; message: string } | undefined {
	let line = 1;
	let i = 0;
	const n = text.length;
	const isBreak = (c: string | undefined) => c === '\n' || c === '\r';
	while (i < n) {
		// At the start of a field.
		if (text[i] === '"') {
			const openedAt = line;
			i++;
			for (;;) {
				if (i >= n) return { line: openedAt, message: 'a double quote opens here and is never closed' };
				const c = text[i];
				if (c === '"') {
					if (text[i + 1] === '"') i += 2;
					else break;
				} else {
					if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
					i++;
				}
			}
			i++; // closing quote
			const next = text[i];
			if (next !== undefined && next !== ',' && !isBreak(next))
				return { line, message: 'has text after a closing double quote' };
		} else {
			while (i < n && text[i] !== ',' && !isBreak(text[i])) {
				if (text[i] === '"') return { line, message: 'has a double quote inside a cell that is not quoted' };
				i++;
			}
		}
		if (text[i] === ',') i++;
		else if (text[i] === '\r') {
			i += text[i + 1] === '\n' ? 2 : 1;
			line++;
		} else if (text[i] === '\n') {
			i++;
			line++;
		}
	}
	return undefined;
}

/**
 * Reads one CSV file as a spreadsheet writes it: byte-order mark, CRLF, quoted commas and line
 * breaks, blank lines. Reports rows whose cell count differs from the header's.
 */
export function parseCsv(text: string, file: string, problems: Problem[]): CsvTable {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const quoting = findQuoteProblem(body);
	if (quoting) {
		// Reading on would misplace every row after it: report it and read nothing of this file.
		problems.push({
			file,
			line: quoting.line,
			message: quoting.message,
			hint: 'write a quote inside a cell as two quotes "", and quote the whole cell'
		});
		return { file, headerLine: 0, header: [], rows: [], broken: [] };
	}
	const raw = csvParseRows(body);
	let line = 1;
	let header: string[] | undefined;
	let headerLine = 0;
	const rows: CsvRow[] = [];
	const broken: string[][] = [];
	for (const cells of raw) {
		const rowLine = line;
		line += 1 + cells.reduce((n, cell) => n + countLineBreaks(cell), 0);
		const blank = cells.every((cell) => cell.trim() === '');
		if (blank) continue;
		if (!header) {
			header = cells.map((cell) => cell.trim());
			headerLine = rowLine;
			continue;
		}
		if (cells.length !== header.length) {
			problems.push({
				file,
				line: rowLine,
				message: `has ${cells.length} cells, the header has ${header.length}`,
				hint:
					cells.length < header.length
						? 'is the row cut short, or a quote left open above?'
						: 'a comma inside a cell needs the cell in double quotes'
			});
			broken.push(cells);
			continue;
		}
		const record: Record<string, string> = {};
		header.forEach((name, i) => (record[name] = cells[i]!));
		rows.push({ line: rowLine, cells: record });
	}
	if (!header) {
		problems.push({ file, line: 0, message: 'is empty', hint: `the first row must name the columns` });
		return { file, headerLine: 0, header: [], rows, broken };
	}
	return { file, headerLine, header, rows, broken };
}

import type { Problem } from './types';

export interface CsvRow {
	/** 1-based physical line where the row starts (quoted line breaks counted). */
	line: number;
	/** The row's cells, in the order of the header's columns. */
	cells: string[];
	/** The row as written, line break included: cellsOf reads the same cells from it again. */
	source: string;
}

export interface CsvTable {
	file: string;
	/** Line of the header row (blank lines may come before it). */
	headerLine: number;
	header: string[];
	/** Cells of the rows whose cell count is wrong: their columns cannot be trusted. */
	broken: string[][];
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Line breaks (LF, CRLF or lone CR) that start in `text` from `from` up to `to`. */
function lineBreaks(text: string, from: number, to: number): number {
	let breaks = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) breaks++;
	}
	return breaks;
}

/** 1-based line of character `index`. */
const lineAt = (text: string, index: number) => 1 + lineBreaks(text, 0, index);

const isFieldEnd = (c: number) => c === COMMA || c === LF || c === CR;

/**
 * Finds quoting that a spreadsheet never writes, which d3-dsv would read without complaint but
 * wrongly: a quote that opens and never closes (it swallows every row below), text after a
 * closing quote, and a quote inside an unquoted cell. Returns the line of the first one.
 */
export function findQuoteProblem(text: string): { line: number; message: string } | undefined {
	// Only quotes can be wrong, so this jumps from quote to quote (indexOf runs natively, and most
	// characters are not quotes); lines are counted only for the problem it reports.
	const n = text.length;
	for (let open = text.indexOf('"'); open !== -1;) {
		// Outside a quoted cell, a quote must open its cell.
		if (open > 0 && !isFieldEnd(text.charCodeAt(open - 1)))
			return {
				line: lineAt(text, open),
				message: 'has a double quote inside a cell that is not quoted'
			};
		let close = text.indexOf('"', open + 1);
		while (close !== -1 && text.charCodeAt(close + 1) === QUOTE)
			close = text.indexOf('"', close + 2);
		if (close === -1)
			return { line: lineAt(text, open), message: 'a double quote opens here and is never closed' };
		if (close + 1 < n && !isFieldEnd(text.charCodeAt(close + 1)))
			return { line: lineAt(text, close), message: 'has text after a closing double quote' };
		open = text.indexOf('"', close + 1);
	}
	return undefined;
}

/**
 * The rows of a CSV text exactly as d3-dsv's csvParseRows reads them (same cells, same blank rows,
 * same handling of the last line break), each with the physical line it starts on and where it
 * starts and ends in the text (line break included), in one pass. Meant for text that
 * findQuoteProblem accepts. Hands each row over as soon as it is read, so that nothing but its
 * cells outlives it.
 */
export function readRows(
	text: string,
	onRow: (line: number, cells: string[], start: number, end: number) => void
): void {
	let n = text.length;
	let eof = n <= 0;
	// Like d3-dsv: one trailing line break (\n, \r or \r\n) ends the last row rather than opening one.
	if (text.charCodeAt(n - 1) === LF) --n;
	if (text.charCodeAt(n - 1) === CR) --n;
	// The next comma and line breaks, found by indexOf (natively) and kept until passed: a cell is
	// cut out without a look at each of its characters.
	let nextComma = -1;
	let nextLf = -1;
	let nextCr = -1;
	const seek = (char: string, from: number, known: number) => {
		if (known >= from) return known;
		const at = text.indexOf(char, from);
		return at < 0 ? Infinity : at;
	};
	let i = 0;
	let line = 1;
	while (!eof) {
		const row = { line, start: i, cells: [] as string[] };
		let eol = false;
		while (!eol && !eof) {
			const start = i;
			nextLf = seek('\n', start, nextLf);
			nextCr = seek('\r', start, nextCr);
			let end: number;
			let cell: string;
			if (text.charCodeAt(start) === QUOTE) {
				// The closing quote is the first one not doubled (or the end, when it never closes).
				let quotes = false;
				let close = text.indexOf('"', start + 1);
				while (close >= 0 && text.charCodeAt(close + 1) === QUOTE) {
					quotes = true;
					close = text.indexOf('"', close + 2);
				}
				end = close < 0 ? n : close;
				if (nextLf < end || nextCr < end) line += lineBreaks(text, start + 1, end);
				cell = text.slice(start + 1, end);
				if (quotes) cell = cell.replace(/""/g, '"');
				i = end + 1;
			} else {
				nextComma = seek(',', start, nextComma);
				end = Math.min(nextComma, nextLf, nextCr, n);
				cell = text.slice(start, end);
				i = end;
			}
			if (i >= n) eof = true;
			else {
				const c = text.charCodeAt(i++);
				if (c === LF) eol = true;
				else if (c === CR) {
					eol = true;
					if (text.charCodeAt(i) === LF) i++;
				}
			}
			row.cells.push(cell);
			if (eol) line++;
		}
		// The last row ends with the text, its line break (left out above) included.
		onRow(row.line, row.cells, row.start, eof ? text.length : i);
	}
}

/** The cells of a row read again from its source (see CsvRow.source). */
export function cellsOf(source: string): string[] {
	let cells: string[] = [];
	readRows(source, (_, rowCells) => (cells = rowCells));
	return cells;
}

/**
 * Takes the header (its cells trimmed) and its line; returns what takes each row below it whose
 * cell count is right, or nothing when those rows are not to be read.
 */
export type OnHeader = (header: string[], line: number) => ((row: CsvRow) => void) | undefined;

/**
 * Reads one CSV file as a spreadsheet writes it: byte-order mark, CRLF, quoted commas and line
 * breaks, blank lines. Reports rows whose cell count differs from the header's. Hands each other
 * row over as soon as it is read, so that its cells can be dropped once checked.
 */
export function parseCsv(
	text: string,
	file: string,
	problems: Problem[],
	onHeader: OnHeader
): CsvTable {
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
		return { file, headerLine: 0, header: [], broken: [] };
	}
	let header: string[] | undefined;
	let headerLine = 0;
	let onRow: ((row: CsvRow) => void) | undefined;
	const broken: string[][] = [];
	readRows(body, (rowLine, cells, start, end) => {
		const blank = cells.every((cell) => cell.trim() === '');
		if (blank) return;
		if (!header) {
			header = cells.map((cell) => cell.trim());
			headerLine = rowLine;
			onRow = onHeader(header, headerLine);
			return;
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
			return;
		}
		onRow?.({ line: rowLine, cells, source: body.slice(start, end) });
	});
	if (!header) {
		problems.push({
			file,
			line: 0,
			message: 'is empty',
			hint: `the first row must name the columns`
		});
		return { file, headerLine: 0, header: [], broken };
	}
	return { file, headerLine, header, broken };
}

import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellsOf, findQuoteProblem, readRows as readRowsWith } from './csv';

function readRows(text: string): { line: number; cells: string[] }[] {
	const rows: { line: number; cells: string[] }[] = [];
	readRowsWith(text, (line, cells) => rows.push({ line, cells }));
	return rows;
}

describe('readRows', () => {
	it.each([
		{ text: '', rows: [] },
		{
			text: 'a,b\n1,2\n',
			rows: [
				{ line: 1, cells: ['a', 'b'] },
				{ line: 2, cells: ['1', '2'] }
			]
		},
		{
			text: 'a,b\r\n1,2',
			rows: [
				{ line: 1, cells: ['a', 'b'] },
				{ line: 2, cells: ['1', '2'] }
			]
		},
		{
			text: 'a\n\nb\n',
			rows: [
				{ line: 1, cells: ['a'] },
				{ line: 2, cells: [''] },
				{ line: 3, cells: ['b'] }
			]
		},
		{
			text: '"x\r\ny",z\r"q""r",\n',
			rows: [
				{ line: 1, cells: ['x\r\ny', 'z'] },
				{ line: 3, cells: ['q"r', ''] }
			]
		},
		{
			text: '"one\ntwo\nthree"\nnext',
			rows: [
				{ line: 1, cells: ['one\ntwo\nthree'] },
				{ line: 4, cells: ['next'] }
			]
		}
	])('reads $text with the line each row starts on', ({ text, rows }) => {
		expect(readRows(text)).toEqual(rows);
	});

	// readRows replaces d3-dsv's csvParseRows in the reader: it must read every text the quote check
	// lets through exactly as d3-dsv does, and count lines as the file shows them.
	const cell = fc.constantFrom('a', 'bc', ',', '"', '""', '\n', '\r', '\r\n', ' ', 'é', '’', ';');
	const text = fc.array(cell, { maxLength: 50 }).map((parts) => parts.join(''));

	it('reads every well-quoted text as d3-dsv does', () => {
		fc.assert(
			fc.property(text, (csv) => {
				fc.pre(findQuoteProblem(csv) === undefined);
				expect(readRows(csv).map((row) => row.cells)).toEqual(csvParseRows(csv));
			}),
			{ numRuns: 5_000 }
		);
	});

	it('starts each row on its physical line', () => {
		fc.assert(
			fc.property(text, (csv) => {
				fc.pre(findQuoteProblem(csv) === undefined);
				const rows = readRows(csv);
				const breaks = (s: string) => s.match(/\r\n|\r|\n/g)?.length ?? 0;
				let line = 1;
				for (const row of rows) {
					expect(row.line).toBe(line);
					line += 1 + row.cells.reduce((n, c) => n + breaks(c), 0);
				}
			}),
			{ numRuns: 5_000 }
		);
	});

	it('reads the same cells again from the text of each row', () => {
		fc.assert(
			fc.property(text, (csv) => {
				fc.pre(findQuoteProblem(csv) === undefined);
				readRowsWith(csv, (_, cells, start, end) => {
					expect(cellsOf(csv.slice(start, end))).toEqual(cells);
				});
			}),
			{ numRuns: 5_000 }
		);
	});
});

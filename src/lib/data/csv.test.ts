import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findQuoteProblem, parseCsv } from './csv';
import type { Problem } from './types';

const [QUOTE, COMMA, LF, CR] = [34, 44, 10, 13];

/** The scanner findQuoteProblem replaced, one character at a time: its results are the reference. */
function scanQuotesCharByChar(text: string): { line: number; message: string } | undefined {
	let line = 1;
	let i = 0;
	const n = text.length;
	while (i < n) {
		// At the start of a field.
		if (text.charCodeAt(i) === QUOTE) {
			const openedAt = line;
			i++;
			for (;;) {
				if (i >= n)
					return { line: openedAt, message: 'a double quote opens here and is never closed' };
				const c = text.charCodeAt(i);
				if (c === QUOTE) {
					if (text.charCodeAt(i + 1) === QUOTE) i += 2;
					else break;
				} else {
					if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
					i++;
				}
			}
			i++; // closing quote
			if (i < n) {
				const next = text.charCodeAt(i);
				if (next !== COMMA && next !== LF && next !== CR)
					return { line, message: 'has text after a closing double quote' };
			}
		} else {
			for (; i < n; i++) {
				const c = text.charCodeAt(i);
				if (c === COMMA || c === LF || c === CR) break;
				if (c === QUOTE)
					return { line, message: 'has a double quote inside a cell that is not quoted' };
			}
		}
		const c = text.charCodeAt(i);
		if (c === COMMA) i++;
		else if (c === CR) {
			i += text.charCodeAt(i + 1) === LF ? 2 : 1;
			line++;
		} else if (c === LF) {
			i++;
			line++;
		}
	}
	return undefined;
}

function parse(text: string) {
	const problems: Problem[] = [];
	// Each row keyed by column name, the last of two same-named columns counting.
	const rows: { line: number; cells: Record<string, string> }[] = [];
	const table = parseCsv(text, 'test.csv', problems, (header) => ({ line, cells }) => {
		rows.push({ line, cells: Object.fromEntries(header.map((column, i) => [column, cells[i]!])) });
	});
	return { ...table, rows, problems };
}

describe('parseCsv reads what spreadsheets write', () => {
	test.each([
		['plain', 'id,name\na,Alpha\nb,Beta\n'],
		['byte-order mark', '\ufeffid,name\na,Alpha\nb,Beta\n'],
		['CRLF', 'id,name\r\na,Alpha\r\nb,Beta\r\n'],
		['lone CR (old Mac)', 'id,name\ra,Alpha\rb,Beta\r'],
		['no final line break', 'id,name\na,Alpha\nb,Beta'],
		['every cell quoted', '"id","name"\n"a","Alpha"\n"b","Beta"\n'],
		['spaces around header names', ' id , name \na,Alpha\nb,Beta\n']
	])('%s', (_, text) => {
		const { header, rows, problems } = parse(text);
		expect(problems).toEqual([]);
		expect(header).toEqual(['id', 'name']);
		expect(rows).toEqual([
			{ line: 2, cells: { id: 'a', name: 'Alpha' } },
			{ line: 3, cells: { id: 'b', name: 'Beta' } }
		]);
	});

	test('quoted commas, doubled quotes and line breaks stay in their cell', () => {
		const { rows, problems } = parse('id,name\na,"One, two ""three""\nfour"\n');
		expect(problems).toEqual([]);
		expect(rows).toEqual([{ line: 2, cells: { id: 'a', name: 'One, two "three"\nfour' } }]);
	});

	test.each([
		['LF', '\n'],
		['CRLF', '\r\n'],
		['CR', '\r']
	])('line numbers stay right below quoted %s line breaks and blank lines', (_, eol) => {
		const text = [
			'id,name',
			'a,"line one',
			'line two',
			'line three"',
			'',
			'b,"x"',
			',',
			'c,z',
			''
		].join(eol);
		const { rows, problems } = parse(text);
		expect(problems).toEqual([]);
		expect(rows.map((row) => [row.cells.id, row.line])).toEqual([
			['a', 2],
			['b', 6],
			['c', 8]
		]);
	});

	test('blank lines before the header move it, and its line', () => {
		const { header, headerLine, rows } = parse('\n\r\nid,name\na,Alpha\n');
		expect([header, headerLine, rows[0]!.line]).toEqual([['id', 'name'], 3, 4]);
	});

	test.each([
		[
			'a row cut short',
			'id,name,kind\na,Alpha,x\nb,Beta\n',
			{
				file: 'test.csv',
				line: 3,
				message: 'has 2 cells, the header has 3',
				hint: 'is the row cut short, or a quote left open above?'
			}
		],
		[
			'a row with a comma too many',
			'id,name\na,Alpha, and more\n',
			{
				file: 'test.csv',
				line: 2,
				message: 'has 3 cells, the header has 2',
				hint: 'a comma inside a cell needs the cell in double quotes'
			}
		],
		[
			'a row below a quoted line break',
			'id,name\na,"x\ny"\nb\n',
			{
				file: 'test.csv',
				line: 4,
				message: 'has 1 cells, the header has 2',
				hint: 'is the row cut short, or a quote left open above?'
			}
		]
	])('%s is reported on its line, and kept aside', (_, text, problem) => {
		const { broken, problems } = parse(text);
		expect(problems).toEqual([problem]);
		expect(broken).toHaveLength(1);
	});

	test.each([
		['', 'an empty text'],
		['\ufeff', 'a byte-order mark only'],
		['\n\r\n  \n', 'blank lines only'],
		[',,,\n', 'empty cells only']
	])('%j (%s) is empty', (text) => {
		expect(parse(text).problems).toEqual([
			{
				file: 'test.csv',
				line: 0,
				message: 'is empty',
				hint: 'the first row must name the columns'
			}
		]);
	});
});

describe('broken quoting is reported, and the file is not read further', () => {
	const HINT = 'write a quote inside a cell as two quotes "", and quote the whole cell';
	test.each([
		[
			'a quote that never closes',
			'id,name\na,Alpha\nb,"Beta\nc,Gamma\n',
			3,
			'a double quote opens here and is never closed'
		],
		[
			'a quote that opens on a later line',
			'id,name\na,"x\ny"\nb,"never\n',
			4,
			'a double quote opens here and is never closed'
		],
		[
			'text after a closing quote',
			'id,name\na,"Alpha" and more\n',
			2,
			'has text after a closing double quote'
		],
		[
			'a quote inside an unquoted cell',
			'id,name\na,Alpha "the first"\n',
			2,
			'has a double quote inside a cell that is not quoted'
		],
		[
			'a space before an opening quote',
			'id,name\na, "Alpha, Beta"\n',
			2,
			'has a double quote inside a cell that is not quoted'
		],
		[
			'the same in CRLF below a quoted line break',
			'id,name\r\na,"x\r\ny"\r\nb,B"\r\n',
			4,
			'has a double quote inside a cell that is not quoted'
		],
		['in the header', 'id,"name\n', 1, 'a double quote opens here and is never closed']
	])('%s', (_, text, line, message) => {
		const { header, rows, problems } = parse(text);
		expect(problems).toEqual([{ file: 'test.csv', line, message, hint: HINT }]);
		expect([header, rows]).toEqual([[], []]);
	});

	test('findQuoteProblem accepts everything a spreadsheet writes', () => {
		for (const text of [
			'',
			'a',
			'"a"',
			'"a""b"',
			'"a,b",c',
			'"a\nb"\r\n"c\rd"',
			'a,,b\n',
			'"",""',
			'"x"\r'
		])
			expect(findQuoteProblem(text), JSON.stringify(text)).toBeUndefined();
	});

	test('findQuoteProblem finds the same problem, on the same line, as a scan of every character', () => {
		const part = fc.constantFrom('a', ' ', ',', '"', '""', '\n', '\r', '\r\n', 'é');
		fc.assert(
			fc.property(fc.array(part, { maxLength: 40 }), (parts) => {
				const text = parts.join('');
				expect(findQuoteProblem(text)).toEqual(scanQuotesCharByChar(text));
			}),
			{ numRuns: 20_000 }
		);
	});
});

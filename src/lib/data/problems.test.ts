import { describe, expect, test } from 'vitest';
import { formatProblem, printable, quote, sortProblems } from './problems';

describe('formatProblem', () => {
	test.each([
		[
			{
				file: 'practices.csv',
				line: 14,
				column: 'themes',
				message: 'unknown theme "gendr"',
				hint: 'did you mean "gender"?'
			},
			'practices.csv:14 themes: unknown theme "gendr" (did you mean "gender"?)'
		],
		[{ file: 'places.csv', line: 0, message: 'is missing' }, 'places.csv: is missing'],
		[
			{ file: 'links.csv', line: 3, message: 'has 2 cells, the header has 9' },
			'links.csv:3: has 2 cells, the header has 9'
		],
		[
			{ file: 'groups.csv', line: 1, column: 'a\nb', message: 'unknown column' },
			'groups.csv:1 a\\u000ab: unknown column'
		]
	])('%j', (problem, printed) => {
		expect(formatProblem(problem)).toBe(printed);
	});
});

describe('printable and quote', () => {
	test.each([
		['gendr', '"gendr"'],
		['a'.repeat(41), `"${'a'.repeat(40)}…"`],
		['🙂'.repeat(50), `"${'🙂'.repeat(40)}…"`],
		['\x1b[31mred\x1b[0m', '"\\u001b[31mred\\u001b[0m"'],
		['\u202egnp.exe', '"\\u202egnp.exe"'],
		['tab\there', '"tab\\u0009here"'],
		['\u2028\u2029\u0085', '"\\u2028\\u2029\\u0085"'],
		['é 漢 <b>&amp;</b>', '"é 漢 <b>&amp;</b>"']
	])('%j → %s', (value, shown) => {
		expect(quote(value)).toBe(shown);
	});

	test('never cuts a character in two', () => {
		expect(printable(`a${'🙂'.repeat(60)}`, 10)).toBe(`a${'🙂'.repeat(9)}…`);
	});
});

test('sortProblems orders by file, line, then column', () => {
	const problems = [
		{ file: 'places.csv', line: 3, column: 'lon', message: '' },
		{ file: 'events.csv', line: 9, message: '' },
		{ file: 'places.csv', line: 3, column: 'lat', message: '' },
		{ file: 'places.csv', line: 0, message: '' }
	];
	expect(sortProblems(problems).map((p) => `${p.file}:${p.line}:${p.column ?? ''}`)).toEqual([
		'events.csv:9:',
		'places.csv:0:',
		'places.csv:3:lat',
		'places.csv:3:lon'
	]);
});

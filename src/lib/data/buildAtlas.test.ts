/** Header rules, file-level problems and answers to hostile input, with their exact messages. */
import { describe, expect, test } from 'vitest';
import {
	VALID_FOLDERS,
	printedProblems,
	ruleTables,
	writeTables,
	type Tables
} from '../../../tests/support/dataFolder';
import { buildAtlas } from './buildAtlas';
import { formatProblem } from './problems';
import { DATA_FILES, type DataFile } from './types';

const check = printedProblems;

const rename = (file: DataFile, from: string, to: string) => (t: Tables) => {
	t[file].header[t[file].header.indexOf(from)] = to;
};

describe('header rules', () => {
	test.each([
		[
			'a misspelt column, with a suggestion',
			rename('practices', 'title_en', 'titel_en'),
			[
				'practices.csv:1 titel_en: unknown column (did you mean "title_en"?)',
				'practices.csv:1 title_en: missing column'
			]
		],
		[
			'a column in capitals',
			rename('places', 'country', 'Country'),
			[
				'places.csv:1 country: missing column',
				'places.csv:1 Country: unknown column (did you mean "country"?)'
			]
		],
		[
			'a misspelt optional column',
			rename('places', 'name_fr', 'name_fe'),
			['places.csv:1 name_fe: unknown column (did you mean "name_fr"?)']
		],
		[
			'a column nobody knows',
			(t: Tables) => {
				t.groups.header.push('notes');
				for (const row of t.groups.rows) row.push('');
			},
			['groups.csv:1 notes: unknown column (known columns: id, label_en, label_fr, label_es)']
		],
		[
			'a column without a name',
			(t: Tables) => {
				t.groups.header.push('');
				for (const row of t.groups.rows) row.push('');
			},
			['groups.csv:1: column 5 has no name (delete the empty column, or name it)']
		],
		[
			'a column twice',
			(t: Tables) => {
				t.groups.header.push('label_fr');
				for (const row of t.groups.rows) row.push('Femmes');
			},
			['groups.csv:1 label_fr: column appears twice']
		],
		[
			'a missing required column',
			(t: Tables) => {
				const i = t.sources.header.indexOf('publisher');
				t.sources.header.splice(i, 1);
				for (const row of t.sources.rows) row.splice(i, 1);
			},
			['sources.csv:1 publisher: missing column']
		],
		[
			'missing optional columns are fine',
			(t: Tables) => {
				for (const column of ['title_fr', 'title_es', 'groups', 'shared']) {
					const i = t.practices.header.indexOf(column);
					t.practices.header.splice(i, 1);
					for (const row of t.practices.rows) row.splice(i, 1);
				}
			},
			[]
		]
	])('%s', (_, change, printed) => {
		expect(check(change)).toEqual(printed);
	});

	test('header problems below blank lines are reported on the header line', () => {
		const texts = writeTables(ruleTables());
		texts.places = `\n\n${texts.places.replace('name_en', 'nom_en')}`;
		expect(buildAtlas(texts).problems.map(formatProblem)).toEqual([
			'places.csv:3 name_en: missing column',
			'places.csv:3 nom_en: unknown column (did you mean "name_en"?)'
		]);
	});
});

describe('files', () => {
	test('a missing file and an empty file are reported on their own, without knock-on errors', () => {
		const texts: Partial<Record<DataFile, string>> = { ...VALID_FOLDERS.small };
		delete texts.places;
		expect(buildAtlas({ ...texts, themes: '' }).problems.map(formatProblem)).toEqual([
			'places.csv: is missing (every data file must exist, even with its header row only)',
			'themes.csv: is empty (the first row must name the columns)'
		]);
	});

	test('headers only: valid, with nothing in it', () => {
		const headers = Object.fromEntries(
			DATA_FILES.map((file) => [file, `${VALID_FOLDERS.small[file].split('\n')[0]}\n`])
		);
		const { data, problems } = buildAtlas(headers);
		expect(problems).toEqual([]);
		expect(Object.values(data!).every((records) => records.length === 0)).toBe(true);
	});

	test.each([
		['null', null],
		['a number', 42],
		['an object', { text: 'id,title' }]
	])('a file given as %s is reported as missing, never thrown on', (_, content) => {
		const texts = { ...VALID_FOLDERS.small, groups: content } as unknown as Record<
			DataFile,
			string
		>;
		expect(buildAtlas(texts).problems.map(formatProblem)).toEqual([
			'groups.csv: is missing (every data file must exist, even with its header row only)'
		]);
	});

	test('no folder at all', () => {
		expect(buildAtlas(undefined as unknown as Record<DataFile, string>).problems).toHaveLength(
			DATA_FILES.length
		);
	});
});

describe('hostile cells make short, one-line messages', () => {
	test('a 1 MB cell is cut to 40 characters in its message', () => {
		const [line] = check((t) => (t.places.rows[0]![5] = 'castle'.repeat(200_000)));
		expect(line).toBe(
			`places.csv:2 kind: unknown kind "${'castle'.repeat(7).slice(0, 40)}…"; use one of: city, municipality, department, island, governorate, province, region`
		);
	});

	test('line breaks, terminal escapes and bidi overrides in a cell are shown escaped', () => {
		const [line] = check((t) => (t.places.rows[0]![6] = 'eu\x1b[2J\nrope\u202e'));
		expect(line).toBe(
			'places.csv:2 region: unknown region "eu\\u001b[2J\\u000arope\\u202e"; use one of: africa, latin-america, europe, middle-east-western-asia'
		);
	});

	test('an absurd column name is cut and escaped too', () => {
		const [line] = check((t) => {
			t.groups.header.push(`x\r\n${'y'.repeat(5000)}`);
			for (const row of t.groups.rows) row.push('');
		});
		expect(line).toBe(
			`groups.csv:1 x\\u000d\\u000a${'y'.repeat(37)}…: unknown column (known columns: id, label_en, label_fr, label_es)`
		);
	});
});

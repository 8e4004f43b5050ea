/** Rules between rows and files: unique ids and every reference, with their exact messages. */
import { describe, expect, test } from 'vitest';
import {
	checkCell,
	printedProblems,
	ruleTables,
	setCell,
	writeTables,
	type CellCase
} from '../../../tests/support/dataFolder';
import { buildAtlas } from './buildAtlas';
import { formatProblem } from './problems';

const check = printedProblems;

// prettier-ignore
const REFERENCES: CellCase[] = [
	['practice → place', 'practices', 0, 'place', 'utrech', 'practices.csv:2 place: unknown place "utrech" (did you mean "utrecht"?)'],
	['practice → theme', 'practices', 1, 'themes', 'gendr', 'practices.csv:3 themes: unknown theme "gendr" (did you mean "gender"?)'],
	['practice → second theme', 'practices', 2, 'themes', 'gender; co-operation', 'practices.csv:4 themes: unknown theme "co-operation" (did you mean "cooperation"?)'],
	['practice → group', 'practices', 1, 'groups', 'woman', 'practices.csv:3 groups: unknown group "woman" (did you mean "women"?)'],
	['practice → source', 'practices', 0, 'source', 'uclg-2024', 'practices.csv:2 source: unknown source "uclg-2024" (add it to sources.csv first)'],
	['link → from place', 'links', 0, 'from', 'seine-st-denis', 'links.csv:2 from: unknown place "seine-st-denis" (did you mean "seine-saint-denis"?)'],
	['link → to place', 'links', 0, 'to', 'gaza', 'links.csv:2 to: unknown place "gaza" (add it to places.csv first)'],
	['link → source', 'links', 0, 'source', 'report', 'links.csv:2 source: unknown source "report" (add it to sources.csv first)'],
	['fact → place', 'facts', 0, 'place', 'amsterdam', 'facts.csv:2 place: unknown place "amsterdam" (add it to places.csv first)'],
	['fact → source', 'facts', 0, 'source', 'uclg', 'facts.csv:2 source: unknown source "uclg" (add it to sources.csv first)'],
	['statement → place', 'statements', 0, 'place', 'jenine', 'statements.csv:2 place: unknown place "jenine" (did you mean "jenin"?)'],
	['statement → source', 'statements', 0, 'source', 'ohchr', 'statements.csv:2 source: unknown source "ohchr" (add it to sources.csv first)'],
	['event → place', 'events', 0, 'place', 'seville', 'events.csv:2 place: unknown place "seville" (add it to places.csv first)'],
	['event → source', 'events', 0, 'source', 'un', 'events.csv:2 source: unknown source "un" (add it to sources.csv first)'],
	['link between a place and itself', 'links', 0, 'to', 'seine-saint-denis', 'links.csv:2 to: a link needs two different places']
];

describe('every reference to another file must name an existing id', () => {
	test.each(REFERENCES)('%s', (_, file, row, column, value, printed) => {
		expect(checkCell(file, row, column, value)).toEqual([printed]);
	});
});

describe('ids and rows are unique within a file', () => {
	test('an id used twice: the second row is reported', () => {
		const problems = check((t) => t.groups.rows.push(['women', 'Girls', '', '']));
		expect(problems).toEqual([
			'groups.csv:3 id: "women" is already used on line 2 (ids must be unique within a file)'
		]);
	});

	test('a row repeated as is, even with other spacing: reported once, as a duplicate row', () => {
		const problems = check((t) => t.themes.rows.push(t.themes.rows[0]!.map((cell) => ` ${cell} `)));
		expect(problems).toEqual([
			'themes.csv:5: duplicates the row on line 2 (delete one of the two)'
		]);
	});

	test('the same id in two files is fine', () => {
		expect(check((t) => t.groups.rows.push(['gender', 'Gender', '', '']))).toEqual([]);
	});
});

describe('every problem is reported at once, without knock-on errors', () => {
	test('a place with a bad latitude still defines its id: nothing refers to an "unknown place"', () => {
		expect(check((t) => setCell(t, 'places', 0, 'lat', '152.09'))).toEqual([
			'places.csv:2 lat: "152.09" must be between -90 and 90'
		]);
	});

	test('a source with a bad address: its practices, links and events still find it', () => {
		expect(check((t) => setCell(t, 'sources', 0, 'url', 'javascript:alert(1)'))).toEqual([
			'sources.csv:2 url: "javascript:alert(1)" must be a full http:// or https:// address'
		]);
	});

	test('a practice with a bad paragraph still has its references checked', () => {
		const problems = check((t) => {
			setCell(t, 'practices', 1, 'paragraph', 'twelve');
			setCell(t, 'practices', 1, 'themes', 'gendr');
			setCell(t, 'practices', 1, 'place', 'seine-st-denis');
		});
		expect(problems).toEqual([
			'practices.csv:3 paragraph: "twelve" must be a whole number',
			'practices.csv:3 place: unknown place "seine-st-denis" (did you mean "seine-saint-denis"?)',
			'practices.csv:3 themes: unknown theme "gendr" (did you mean "gender"?)'
		]);
	});

	test('an id used twice is found even when one of the rows has another problem', () => {
		const problems = check((t) => t.groups.rows.push(['women', '', '', '']));
		expect(problems).toEqual([
			'groups.csv:3 id: "women" is already used on line 2 (ids must be unique within a file)',
			'groups.csv:3 label_en: is required'
		]);
	});

	test('a place row cut short: references to it are not called unknown', () => {
		expect(check((t) => t.places.rows[2]!.splice(-2))).toEqual([
			'places.csv:4: has 8 cells, the header has 10 (is the row cut short, or a quote left open above?)'
		]);
	});

	test('a place without a name: its practices still find it', () => {
		expect(check((t) => setCell(t, 'places', 1, 'name_en', ''))).toEqual([
			'places.csv:3 name_en: is required'
		]);
	});

	test('a missing column stops its file, and references into it are not judged', () => {
		const problems = check((t) => {
			t.places.header[t.places.header.indexOf('lat')] = 'latitude';
		});
		expect(problems).toEqual([
			'places.csv:1 lat: missing column',
			'places.csv:1 latitude: unknown column (known columns: id, name_en, name_fr, name_es, country, kind, region, subregion, lat, lon)'
		]);
	});

	test('broken quoting in one file does not hide problems in another', () => {
		const tables = ruleTables();
		setCell(tables, 'practices', 0, 'status', 'done');
		const texts = writeTables(tables);
		texts.themes = texts.themes.replace('Gender,Genre', 'Gender,"Genre');
		expect(buildAtlas(texts).problems.map(formatProblem)).toEqual([
			'practices.csv:2 status: unknown status "done"; use one of: in-place, under-way, planned, event',
			'themes.csv:2: a double quote opens here and is never closed (write a quote inside a cell as two quotes "", and quote the whole cell)'
		]);
	});
});

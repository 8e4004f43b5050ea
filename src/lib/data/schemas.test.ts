/** One bad cell per column rule, and the exact line `npm run data:check` prints for it. */
import { describe, expect, test } from 'vitest';
import {
	checkCell,
	ruleTables,
	setCell,
	writeTables,
	type CellCase
} from '../../../tests/support/dataFolder';
import * as v from 'valibot';
import { buildAtlas } from './buildAtlas';
import { CellIssue, ROW_SCHEMAS, cellRule } from './schemas';
import { DATA_FILES, type DataFile } from './types';

const NUMBER =
	'must be a number written with a dot as decimal separator and no thousands separator';
const KEBAB = 'must be kebab-case ASCII: a-z, 0-9 and single hyphens, like "sao-paulo"';
const URL = 'must be a full http:// or https:// address';
const COUNTRY = 'is not an ISO 3166-1 alpha-2 country code (two capital letters, like "FR")';

// prettier-ignore
const INVALID: CellCase[] = [
	// Required fields
	['required text', 'sources', 0, 'title', '', 'sources.csv:2 title: is required'],
	['required text, spaces only', 'places', 0, 'name_en', '   ', 'places.csv:2 name_en: is required'],
	['required English translation', 'themes', 1, 'label_en', '', 'themes.csv:3 label_en: is required'],
	['required reference', 'practices', 0, 'source', '', 'practices.csv:2 source: is required'],
	['required raw figure', 'facts', 0, 'raw', '', 'facts.csv:2 raw: is required'],
	['required speaker', 'statements', 0, 'speaker', '\t', 'statements.csv:2 speaker: is required'],
	['required date text', 'events', 0, 'date_text', '', 'events.csv:2 date_text: is required'],
	// Numbers
	['number with letters', 'places', 0, 'lat', 'abc', `places.csv:2 lat: "abc" ${NUMBER}`],
	['number with a decimal comma', 'places', 0, 'lat', '52,09', `places.csv:2 lat: "52,09" ${NUMBER}`],
	['number in exponent form', 'places', 0, 'lon', '1e2', `places.csv:2 lon: "1e2" ${NUMBER}`],
	['number with a thousands separator', 'facts', 0, 'value', '360,000', `facts.csv:2 value: "360,000" ${NUMBER}`],
	['number with a space', 'facts', 0, 'value', '360 000', `facts.csv:2 value: "360 000" ${NUMBER}`],
	['number too large for a double', 'facts', 0, 'value', '1'.padEnd(400, '0'), `facts.csv:2 value: "${'1'.padEnd(40, '0')}…" is too large`],
	['paragraph zero', 'practices', 0, 'paragraph', '0', 'practices.csv:2 paragraph: "0" must be 1 or more'],
	['paragraph not whole', 'links', 0, 'paragraph', '1.5', 'links.csv:2 paragraph: "1.5" must be a whole number'],
	['paragraph negative', 'events', 0, 'paragraph', '-3', 'events.csv:2 paragraph: "-3" must be a whole number'],
	['paragraph too large', 'statements', 0, 'paragraph', '9'.repeat(30), `statements.csv:2 paragraph: "${'9'.repeat(30)}" is too large`],
	// Coordinates
	['latitude above 90', 'places', 0, 'lat', '90.01', 'places.csv:2 lat: "90.01" must be between -90 and 90'],
	['latitude below -90', 'places', 1, 'lat', '-91', 'places.csv:3 lat: "-91" must be between -90 and 90'],
	['longitude above 180', 'places', 2, 'lon', '180.5', 'places.csv:4 lon: "180.5" must be between -180 and 180'],
	['longitude below -180', 'places', 2, 'lon', '-181', 'places.csv:4 lon: "-181" must be between -180 and 180'],
	// Dates
	['date with one-digit month', 'sources', 0, 'date', '2025-7-3', 'sources.csv:2 date: "2025-7-3" must be a date written YYYY-MM-DD'],
	['date written day first', 'sources', 0, 'date', '03/07/2025', 'sources.csv:2 date: "03/07/2025" must be a date written YYYY-MM-DD'],
	['date with a time', 'events', 0, 'start', '2025-07-01T09:00', 'events.csv:2 start: "2025-07-01T09:00" must be a date written YYYY-MM-DD'],
	['impossible day', 'sources', 0, 'date', '2025-02-30', 'sources.csv:2 date: "2025-02-30" is not a real calendar date'],
	['29 February of a common year', 'events', 0, 'start', '2023-02-29', 'events.csv:2 start: "2023-02-29" is not a real calendar date'],
	['month 13', 'events', 0, 'start', '2025-13-01', 'events.csv:2 start: "2025-13-01" is not a real calendar date'],
	['optional date, wrong', 'events', 0, 'end', 'soon', 'events.csv:2 end: "soon" must be a date written YYYY-MM-DD'],
	['optional date, impossible', 'events', 0, 'end', '2025-06-31', 'events.csv:2 end: "2025-06-31" is not a real calendar date'],
	['end before start', 'events', 0, 'end', '2025-06-30', 'events.csv:2 end: is before start'],
	// Countries
	['unassigned country code', 'places', 0, 'country', 'XX', `places.csv:2 country: "XX" ${COUNTRY}`],
	['country code in lower case', 'places', 0, 'country', 'nl', `places.csv:2 country: "nl" ${COUNTRY}`],
	['alpha-3 country code', 'places', 0, 'country', 'NLD', `places.csv:2 country: "NLD" ${COUNTRY}`],
	['UK is not the ISO code', 'places', 0, 'country', 'UK', `places.csv:2 country: "UK" ${COUNTRY}`],
	// Addresses: http(s) only
	['javascript: address', 'sources', 0, 'url', 'javascript:alert(1)', `sources.csv:2 url: "javascript:alert(1)" ${URL}`],
	['javascript: in mixed case', 'sources', 0, 'url', 'JavaScript:alert(1)', `sources.csv:2 url: "JavaScript:alert(1)" ${URL}`],
	['data: address', 'sources', 0, 'url', 'data:text/html,<script>alert(1)</script>', `sources.csv:2 url: "data:text/html,<script>alert(1)</script>" ${URL}`],
	['ftp: address', 'sources', 0, 'url', 'ftp://example.org/report.pdf', `sources.csv:2 url: "ftp://example.org/report.pdf" ${URL}`],
	['file: address', 'sources', 0, 'url', 'file:///etc/passwd', `sources.csv:2 url: "file:///etc/passwd" ${URL}`],
	['address without scheme', 'sources', 0, 'url', 'uclg-cisdp.org/en', `sources.csv:2 url: "uclg-cisdp.org/en" ${URL}`],
	['protocol-relative address', 'sources', 0, 'url', '//uclg-cisdp.org/en', `sources.csv:2 url: "//uclg-cisdp.org/en" ${URL}`],
	['address without host', 'sources', 0, 'url', 'https://', `sources.csv:2 url: "https://" ${URL}`],
	// Ids
	['id with capitals', 'events', 0, 'id', 'Online-Consultation', `events.csv:2 id: "Online-Consultation" ${KEBAB}`],
	['id with an underscore', 'events', 0, 'id', 'online_consultation', `events.csv:2 id: "online_consultation" ${KEBAB}`],
	['id with a double hyphen', 'events', 0, 'id', 'online--consultation', `events.csv:2 id: "online--consultation" ${KEBAB}`],
	['id starting with a hyphen', 'events', 0, 'id', '-online', `events.csv:2 id: "-online" ${KEBAB}`],
	['id with an accent', 'links', 0, 'id', 'seine-saint-denis-jénine', `links.csv:2 id: "seine-saint-denis-jénine" ${KEBAB}`],
	['id with a space', 'facts', 0, 'id', 'utrecht residents', `facts.csv:2 id: "utrecht residents" ${KEBAB}`],
	['required id', 'statements', 0, 'id', '', 'statements.csv:2 id: is required'],
	['optional id, not kebab', 'statements', 0, 'place', 'Utrecht', 'statements.csv:2 place: "Utrecht" must be an id in kebab-case, or empty'],
	// Enumerations
	['place kind', 'places', 0, 'kind', 'castle', 'places.csv:2 kind: unknown kind "castle"; use one of: city, municipality, department, island, governorate, province, region'],
	['region', 'places', 0, 'region', 'Europe', 'places.csv:2 region: unknown region "Europe"; use one of: africa, latin-america, europe, middle-east-western-asia'],
	['status', 'practices', 0, 'status', 'done', 'practices.csv:2 status: unknown status "done"; use one of: in-place, under-way, planned, event'],
	['shared', 'practices', 0, 'shared', 'Yes', 'practices.csv:2 shared: unknown value "Yes"; use one of: yes, no, or leave empty'],
	['link kind', 'links', 0, 'kind', 'twinning', 'links.csv:2 kind: unknown kind "twinning"; use one of: cooperation'],
	['unit', 'facts', 0, 'unit', 'inhabitants', 'facts.csv:2 unit: unknown unit "inhabitants"; use one of: count, percent, people, year, meals-per-day'],
	['qualifier', 'facts', 0, 'qualifier', 'roughly', 'facts.csv:2 qualifier: unknown qualifier "roughly"; use one of: exact, more-than, less-than, about, or leave empty'],
	['flag', 'facts', 0, 'flag', 'broken', 'facts.csv:2 flag: unknown flag "broken"; use one of: malformed, or leave empty'],
	// Lists
	['practice without a theme', 'practices', 0, 'themes', '', 'practices.csv:2 themes: needs at least one theme'],
	['practice with separators only', 'practices', 0, 'themes', ' ; ', 'practices.csv:2 themes: ";" needs at least one theme'],
	['theme listed twice', 'practices', 2, 'themes', 'gender; cooperation; gender', 'practices.csv:4: "gender" is listed twice'],
	// Facts: value empty exactly when the figure is malformed
	['value empty without the flag', 'facts', 0, 'value', '', 'facts.csv:2 value: is required (leave it empty only when the source figure is malformed, and then set flag to "malformed")'],
	['flag malformed with a value', 'facts', 0, 'flag', 'malformed', 'facts.csv:2 value: must stay empty when flag is "malformed" (never guess a figure the source does not give)'],
	// Events
	['no place and no venue', 'events', 0, 'venue', '', 'events.csv:2 venue: is required when place is empty (write "online" or the city)']
];

describe('each column rule rejects a bad cell with one exact message', () => {
	test.each(INVALID)('%s', (_, file, row, column, value, printed) => {
		expect(checkCell(file, row, column, value)).toEqual([printed]);
	});
});

// prettier-ignore
const VALID: [rule: string, file: DataFile, row: number, column: string, value: string][] = [
	['29 February of a leap year', 'events', 0, 'start', '2024-02-29'],
	['negative coordinates with decimals', 'places', 0, 'lat', '-33.59'],
	['latitude at the pole', 'places', 0, 'lat', '90'],
	['longitude at the antimeridian', 'places', 0, 'lon', '-180'],
	['http address', 'sources', 0, 'url', 'http://example.org/'],
	['https address with query and fragment', 'sources', 0, 'url', 'https://example.org/a?b=c#d'],
	['cells padded with spaces', 'places', 0, 'country', '  NL '],
	['a list with spaces and a trailing separator', 'practices', 2, 'themes', ' gender ;cooperation; '],
	['empty optional translation', 'places', 2, 'name_fr', ''],
	['empty optional place of a statement', 'statements', 0, 'place', ''],
	['empty qualifier (exact)', 'facts', 0, 'qualifier', ''],
	['empty shared (no)', 'practices', 0, 'shared', '']
];

describe('valid cells pass', () => {
	test.each(VALID)('%s', (_, file, row, column, value) => {
		expect(checkCell(file, row, column, value)).toEqual([]);
	});

	test('a malformed figure: value empty and flag "malformed"', () => {
		const tables = ruleTables();
		setCell(tables, 'facts', 0, 'value', '');
		setCell(tables, 'facts', 0, 'flag', 'malformed');
		const { data, problems } = buildAtlas(writeTables(tables));
		expect(problems).toEqual([]);
		expect(data!.facts[0]).toMatchObject({ value: null, flag: 'malformed', qualifier: 'about' });
	});

	test('-0 is read as 0, which JSON can publish', () => {
		const tables = ruleTables();
		setCell(tables, 'places', 0, 'lon', '-0.0');
		expect(Object.is(buildAtlas(writeTables(tables)).data!.places[0]!.lon, 0)).toBe(true);
	});
});

describe('the rules written out for speed agree with the schemas', () => {
	const CELLS = [
		...['', ' ', '\t', '\u00a0', '\ufeff', '\u2028', '\u3000 \n', 'x', ' sao-paulo ', 'sao-paulo'],
		...['Sao-Paulo', 'a--b', '-a', 'a-', 'a b', 'são-paulo', 'a1-2b', '2025-07-01', '1.5', 'yes'],
		...['"quoted"', 'Ngazidja ', ' Mexico City', 'x'.repeat(10_000), 'ﬁ', '\u200b']
	];
	const columns = DATA_FILES.flatMap((file) =>
		Object.entries(ROW_SCHEMAS[file] as Record<string, v.GenericSchema<string, unknown>>).map(
			([column, schema]) => [`${file}.${column}`, schema] as const
		)
	);

	test.each(columns)('%s', (_, schema) => {
		const [fast, slow] = [cellRule(schema), cellRule(schema, false)];
		for (const cell of CELLS) expect(fast(cell), JSON.stringify(cell)).toStrictEqual(slow(cell));
	});

	test('text, ids and optional text are written out', () => {
		const practices = ROW_SCHEMAS.practices as Record<string, v.GenericSchema<string, unknown>>;
		for (const column of ['id', 'title_en', 'title_fr'])
			expect(cellRule(practices[column]!)).not.toBe(cellRule(practices[column]!, false));
		expect(cellRule(practices.title_en!)(' ')).toStrictEqual(new CellIssue('is required'));
	});
});

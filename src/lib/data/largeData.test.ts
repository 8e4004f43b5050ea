import { describe, expect, it } from 'vitest';
import { buildAtlas } from './buildAtlas';
import { formatProblem } from './problems';
import type { DataFile } from './types';

// The reader checks each distinct cell once and finds repeated rows by their id: these tests pin
// what that must never change.

const header = 'id,place,title_en,summary_en,themes,groups,status,shared,source,paragraph';
const practice = (id: string, themes = 'gender', title = 'A title') =>
	`${id},p1,${title},A summary.,${themes},,in-place,no,s1,3`;

function texts(practices: string[]): Record<DataFile, string> {
	return {
		sources: 'id,title,publisher,date,url\ns1,Report,UCLG-CSIPDHR,2025-07-03,https://example.org/r',
		themes:
			'id,label_en,description_en\ngender,Gender,About gender.\nmonitoring,Monitoring,About monitoring.',
		groups: 'id,label_en\nwomen,Women',
		places:
			'id,name_en,country,kind,region,subregion,lat,lon\np1,Place,FR,city,europe,Western Europe,48.9,2.4',
		practices: [header, ...practices].join('\n'),
		links: 'id,from,to,kind,summary_en,source,paragraph',
		facts: 'id,place,label_en,value,unit,qualifier,raw,flag,source,paragraph',
		statements: 'id,place,speaker,role_en,summary_en,source,paragraph',
		events: 'id,title_en,start,end,date_text,place,venue,source,paragraph'
	};
}

const problemsOf = (practices: string[]) =>
	buildAtlas(texts(practices)).problems.map(formatProblem);

describe('buildAtlas on many rows', () => {
	it('checks the last of two columns of the same name, as a spreadsheet row keyed by name would', () => {
		const doubled = texts([]);
		doubled.practices = `${header},status\n${practice('x1')},bogus\nx2,p1,T,S.,gender,,bogus,no,s1,3,planned`;
		expect(buildAtlas(doubled).problems.map(formatProblem)).toEqual([
			'practices.csv:1 status: column appears twice',
			'practices.csv:2 status: unknown status "bogus"; use one of: in-place, under-way, planned, event'
		]);
	});

	it('reports a repeated row, even far from the first, and a reused id only once per row', () => {
		const rows = Array.from({ length: 3000 }, (_, i) => practice(`x${i}`));
		rows.push(practice('x7'), ` ${practice('x9')}`, practice('x9', 'monitoring'));
		expect(problemsOf(rows)).toEqual([
			'practices.csv:3002: duplicates the row on line 9 (delete one of the two)',
			'practices.csv:3003: duplicates the row on line 11 (delete one of the two)',
			'practices.csv:3004 id: "x9" is already used on line 11 (ids must be unique within a file)'
		]);
	});

	it('reports a bad cell on every row it appears on, with the same words', () => {
		const rows = Array.from({ length: 1200 }, (_, i) =>
			practice(`y${i}`, i % 400 === 0 ? 'gendr' : 'gender')
		);
		expect(problemsOf(rows)).toEqual(
			[2, 402, 802].map(
				(line) => `practices.csv:${line} themes: unknown theme "gendr" (did you mean "gender"?)`
			)
		);
	});

	it('gives every record its own lists, even when cells repeat', () => {
		const data = buildAtlas(
			texts(Array.from({ length: 1500 }, (_, i) => practice(`z${i}`, 'gender; monitoring')))
		).data!;
		expect(data.practices.every((p) => p.themes.join() === 'gender,monitoring')).toBe(true);
		expect(new Set(data.practices.map((p) => p.themes)).size).toBe(1500);
		data.practices[0]!.themes.push('mutated');
		expect(data.practices[1]!.themes).toEqual(['gender', 'monitoring']);
	});
});

import * as v from 'valibot';
import { COUNTRY_CODES } from './countries';
import { quote } from './problems';
import {
	FACT_UNITS,
	KEBAB,
	LINK_KINDS,
	PLACE_KINDS,
	QUALIFIERS,
	REGIONS,
	STATUSES,
	type DataFile
} from './types';

/** Column-level rules of every file; cross-file rules live in buildAtlas. */

const required = v.pipe(v.string(), v.trim(), v.nonEmpty('is required'));
const optional = v.pipe(
	v.string(),
	v.trim(),
	v.transform((s) => s || undefined)
);

const KEBAB_MESSAGE = 'must be kebab-case ASCII: a-z, 0-9 and single hyphens, like "sao-paulo"';
export const id = v.pipe(required, v.regex(KEBAB, KEBAB_MESSAGE));
const optionalId = v.pipe(
	optional,
	v.check((s) => s === undefined || KEBAB.test(s), 'must be an id in kebab-case, or empty')
);

function isRealDate(s: string): boolean {
	const [y, m, d] = s.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
const date = v.pipe(
	required,
	v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
	v.check(isRealDate, 'is not a real calendar date')
);
const optionalDate = v.union(
	[
		v.pipe(
			v.string(),
			v.trim(),
			v.empty(),
			v.transform(() => null)
		),
		date
	],
	(issue) => `must be a date written YYYY-MM-DD, or empty (got ${quote(String(issue.input))})`
);

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const numberMessage =
	'must be a number written with a dot as decimal separator and no thousands separator';
/** `+ 0` turns -0 into 0, which JSON cannot tell apart anyway. */
const toNumber = (s: string) => Number(s) + 0;
// A figure of 400 digits reads as Infinity, which JSON would publish as null.
const finite = v.check((n: number) => Number.isFinite(n), 'is too large');
const number = v.pipe(required, v.regex(NUMBER, numberMessage), v.transform(toNumber), finite);
const optionalNumber = v.pipe(
	optional,
	v.check((s) => s === undefined || NUMBER.test(s), numberMessage),
	v.transform((s) => (s === undefined ? null : toNumber(s))),
	v.check((n) => n === null || Number.isFinite(n), 'is too large')
);
const paragraph = v.pipe(
	required,
	v.regex(/^\d+$/, 'must be a whole number'),
	v.transform(Number),
	v.minValue(1, 'must be 1 or more'),
	v.check((n) => Number.isSafeInteger(n), 'is too large')
);

const httpUrl = v.pipe(
	required,
	v.check((s) => {
		try {
			const url = new URL(s);
			return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
		} catch {
			return false;
		}
	}, 'must be a full http:// or https:// address')
);

function oneOf<T extends string>(values: readonly T[], what: string) {
	return v.pipe(
		v.string(),
		v.trim(),
		v.picklist(
			values,
			(issue) => `unknown ${what} ${quote(String(issue.input))}; use one of: ${values.join(', ')}`
		)
	);
}
function oneOfOrDefault<T extends string>(values: readonly T[], what: string, fallback: T | null) {
	return v.pipe(
		v.string(),
		v.trim(),
		v.transform((s) => s || fallback),
		v.check(
			(s) => s === fallback || (values as readonly (string | null)[]).includes(s),
			(issue) =>
				`unknown ${what} ${quote(String(issue.input))}; use one of: ${values.join(', ')}, or leave empty`
		)
	);
}

const list = v.pipe(
	v.string(),
	v.transform((s) =>
		s
			.split(';')
			.map((part) => part.trim())
			.filter(Boolean)
	)
);

const country = v.pipe(
	required,
	v.check(
		(s) => COUNTRY_CODES.has(s),
		'is not an ISO 3166-1 alpha-2 country code (two capital letters, like "FR")'
	)
);
const latitude = v.pipe(
	number,
	v.minValue(-90, 'must be between -90 and 90'),
	v.maxValue(90, 'must be between -90 and 90')
);
const longitude = v.pipe(
	number,
	v.minValue(-180, 'must be between -180 and 180'),
	v.maxValue(180, 'must be between -180 and 180')
);

const localized = (name: string, isRequired = true) => ({
	[`${name}_en`]: isRequired ? required : optional,
	[`${name}_fr`]: optional,
	[`${name}_es`]: optional
});

export const ROW_SCHEMAS = {
	sources: { id, title: required, publisher: required, date, url: httpUrl },
	themes: { id, ...localized('label'), ...localized('description') },
	groups: { id, ...localized('label') },
	places: {
		id,
		...localized('name'),
		country,
		kind: oneOf(PLACE_KINDS, 'kind'),
		region: oneOf(REGIONS, 'region'),
		subregion: required,
		lat: latitude,
		lon: longitude
	},
	practices: {
		id,
		place: id,
		...localized('title'),
		...localized('summary'),
		themes: v.pipe(list, v.minLength(1, 'needs at least one theme')),
		groups: list,
		status: oneOf(STATUSES, 'status'),
		shared: oneOfOrDefault(['yes', 'no'] as const, 'value', 'no'),
		source: id,
		paragraph
	},
	links: {
		id,
		from: id,
		to: id,
		kind: oneOf(LINK_KINDS, 'kind'),
		...localized('summary'),
		source: id,
		paragraph
	},
	facts: {
		id,
		place: id,
		...localized('label'),
		value: optionalNumber,
		unit: oneOf(FACT_UNITS, 'unit'),
		qualifier: oneOfOrDefault(QUALIFIERS, 'qualifier', 'exact'),
		raw: required,
		flag: oneOfOrDefault(['malformed'] as const, 'flag', null),
		source: id,
		paragraph
	},
	statements: {
		id,
		place: optionalId,
		speaker: required,
		...localized('role'),
		...localized('summary'),
		source: id,
		paragraph
	},
	events: {
		id,
		...localized('title'),
		start: date,
		end: optionalDate,
		date_text: required,
		place: optionalId,
		venue: optional,
		source: id,
		paragraph
	}
} satisfies Record<DataFile, Record<string, v.GenericSchema<string, unknown>>>;

/** A cell that broke its column's rule: the rule's first message. */
export class CellIssue {
	constructor(readonly message: string) {}
}

/** Checks one cell: its value when it keeps the rule, else a CellIssue. */
export type CellRule = (cell: string) => unknown;

/** A cell's first issue is enough: the rest of its rules need not run. */
const PARSE_CONFIG = { abortPipeEarly: true } as const;

const IS_REQUIRED = new CellIssue('is required');
const NOT_KEBAB = new CellIssue(KEBAB_MESSAGE);

/**
 * The rules of text and ids written out, as the schemas run them (a test holds them equal): most
 * cells of a large file are text or ids, which rarely repeat, so no cache spares the schema's
 * run, and its results are two objects per cell.
 */
const WRITTEN_OUT = new Map<v.GenericSchema<string, unknown>, CellRule>([
	[required, (cell) => cell.trim() || IS_REQUIRED],
	[optional, (cell) => cell.trim() || undefined],
	[
		id,
		(cell) => {
			const s = cell.trim();
			return !s ? IS_REQUIRED : KEBAB.test(s) ? s : NOT_KEBAB;
		}
	]
]);

/** The rule of one column, as a function of its cell. */
export function cellRule(schema: v.GenericSchema<string, unknown>, writtenOut = true): CellRule {
	const fast = writtenOut && WRITTEN_OUT.get(schema);
	if (fast) return fast;
	return (cell) => {
		const result = v.safeParse(schema, cell, PARSE_CONFIG);
		return result.success ? result.output : new CellIssue(result.issues[0].message);
	};
}

export function columnsOf(file: DataFile): string[] {
	return Object.keys(ROW_SCHEMAS[file]);
}

/** Columns that may be left out of the header (translations). */
export function isOptionalColumn(column: string): boolean {
	return (
		/_(fr|es)$/.test(column) ||
		column === 'venue' ||
		column === 'groups' ||
		column === 'shared' ||
		column === 'end' ||
		column === 'flag' ||
		column === 'qualifier'
	);
}

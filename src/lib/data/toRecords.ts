import type { CheckedFile, CheckedRow } from './buildAtlas';
import { quote } from './problems';

/** Ids are shown whole in messages, unless absurdly long. */
const ID_SHOWN = 100;
import { didYouMean } from './suggest';
import type { AtlasData, DataFile, Localized, Problem } from './types';

type Values = Record<string, unknown>;

/** Column names of each translated field, built once rather than once per row. */
const LANGUAGE_COLUMNS = new Map<string, { en: string; fr: string; es: string }>();

function localized(values: Values, name: string): Localized {
	let columns = LANGUAGE_COLUMNS.get(name);
	if (!columns)
		LANGUAGE_COLUMNS.set(
			name,
			(columns = { en: `${name}_en`, fr: `${name}_fr`, es: `${name}_es` })
		);
	const text: Localized = { en: values[columns.en] as string };
	if (values[columns.fr]) text.fr = values[columns.fr] as string;
	if (values[columns.es]) text.es = values[columns.es] as string;
	return text;
}

/** A list column's values; empty when the column failed its own rule. */
const listOf = (values: Values, column: string) => (values[column] as string[] | undefined) ?? [];

/**
 * Typed records from checked rows, plus the rules that span columns, rows and files. Rows with a
 * failed column take part too (their failed columns are skipped), so that every problem is
 * reported at once; the records are only used when no problem was found.
 */
export function toRecords(files: Record<DataFile, CheckedFile>, problems: Problem[]): AtlasData {
	/** The ids of each file, with the line each is first used on. */
	const ids = {} as Record<DataFile, Map<string, number>>;
	for (const [file, { rows }] of Object.entries(files) as [DataFile, CheckedFile][]) {
		const firstLine = new Map<string, number>();
		for (const { line, values } of rows) {
			const id = values.id as string | undefined;
			if (id === undefined) continue;
			const earlier = firstLine.get(id);
			if (earlier !== undefined)
				problems.push({
					file: `${file}.csv`,
					line,
					column: 'id',
					message: `${quote(id, ID_SHOWN)} is already used on line ${earlier}`,
					hint: 'ids must be unique within a file'
				});
			else firstLine.set(id, line);
		}
		ids[file] = firstLine;
	}

	/**
	 * Reports a reference to an unknown id. References into an unreadable file, and to ids that a
	 * broken row of the target may hold, are not judged: their problem is reported already.
	 */
	function ref(
		file: DataFile,
		line: number,
		column: string,
		target: DataFile,
		value: unknown,
		what: string
	) {
		if (
			typeof value !== 'string' ||
			!files[target].readable ||
			ids[target].has(value) ||
			files[target].maybeIds.has(value)
		)
			return;
		problems.push({
			file: `${file}.csv`,
			line,
			column,
			message: `unknown ${what} ${quote(value, ID_SHOWN)}`,
			hint: didYouMean(value, ids[target].keys()) ?? `add it to ${target}.csv first`
		});
	}
	/** Runs a rule between columns only when all of them passed their own rules. */
	const valid = (row: CheckedRow, ...columns: string[]) =>
		columns.every((column) => !row.failed.has(column));

	const sources = files.sources.rows.map(({ values }) => ({
		id: values.id as string,
		title: values.title as string,
		publisher: values.publisher as string,
		date: values.date as string,
		url: values.url as string
	}));
	const themes = files.themes.rows.map(({ values }) => ({
		id: values.id as string,
		label: localized(values, 'label'),
		description: localized(values, 'description')
	}));
	const groups = files.groups.rows.map(({ values }) => ({
		id: values.id as string,
		label: localized(values, 'label')
	}));
	const places = files.places.rows.map(({ values }) => ({
		id: values.id as string,
		name: localized(values, 'name'),
		country: values.country as AtlasData['places'][number]['country'],
		kind: values.kind as AtlasData['places'][number]['kind'],
		region: values.region as AtlasData['places'][number]['region'],
		subregion: values.subregion as string,
		lat: values.lat as number,
		lon: values.lon as number
	}));

	const practices = files.practices.rows.map((row) => {
		const { line, values } = row;
		ref('practices', line, 'place', 'places', values.place, 'place');
		ref('practices', line, 'source', 'sources', values.source, 'source');
		for (const theme of listOf(values, 'themes'))
			ref('practices', line, 'themes', 'themes', theme, 'theme');
		for (const group of listOf(values, 'groups'))
			ref('practices', line, 'groups', 'groups', group, 'group');
		const repeated = [...listOf(values, 'themes'), ...listOf(values, 'groups')].find(
			(x, i, all) => all.indexOf(x) !== i
		);
		if (repeated)
			problems.push({
				file: 'practices.csv',
				line,
				message: `${quote(repeated, ID_SHOWN)} is listed twice`
			});
		return {
			id: values.id as string,
			place: values.place as string,
			title: localized(values, 'title'),
			summary: localized(values, 'summary'),
			themes: listOf(values, 'themes'),
			groups: listOf(values, 'groups'),
			status: values.status as AtlasData['practices'][number]['status'],
			shared: values.shared === 'yes',
			source: values.source as string,
			paragraph: values.paragraph as number
		};
	});

	const links = files.links.rows.map((row) => {
		const { line, values } = row;
		ref('links', line, 'from', 'places', values.from, 'place');
		ref('links', line, 'to', 'places', values.to, 'place');
		ref('links', line, 'source', 'sources', values.source, 'source');
		if (valid(row, 'from', 'to') && values.from === values.to)
			problems.push({
				file: 'links.csv',
				line,
				column: 'to',
				message: 'a link needs two different places'
			});
		return {
			id: values.id as string,
			from: values.from as string,
			to: values.to as string,
			kind: values.kind as AtlasData['links'][number]['kind'],
			summary: localized(values, 'summary'),
			source: values.source as string,
			paragraph: values.paragraph as number
		};
	});

	const facts = files.facts.rows.map((row) => {
		const { line, values } = row;
		ref('facts', line, 'place', 'places', values.place, 'place');
		ref('facts', line, 'source', 'sources', values.source, 'source');
		const malformed = values.flag === 'malformed';
		if (valid(row, 'value', 'flag') && values.value === null && !malformed)
			problems.push({
				file: 'facts.csv',
				line,
				column: 'value',
				message: 'is required',
				hint: 'leave it empty only when the source figure is malformed, and then set flag to "malformed"'
			});
		if (valid(row, 'value', 'flag') && values.value !== null && malformed)
			problems.push({
				file: 'facts.csv',
				line,
				column: 'value',
				message: 'must stay empty when flag is "malformed"',
				hint: 'never guess a figure the source does not give'
			});
		return {
			id: values.id as string,
			place: values.place as string,
			label: localized(values, 'label'),
			value: values.value as number | null,
			unit: values.unit as AtlasData['facts'][number]['unit'],
			qualifier: values.qualifier as AtlasData['facts'][number]['qualifier'],
			raw: values.raw as string,
			flag: malformed ? ('malformed' as const) : null,
			source: values.source as string,
			paragraph: values.paragraph as number
		};
	});

	const statements = files.statements.rows.map(({ line, values }) => {
		ref('statements', line, 'place', 'places', values.place, 'place');
		ref('statements', line, 'source', 'sources', values.source, 'source');
		return {
			id: values.id as string,
			place: (values.place as string | undefined) ?? null,
			speaker: values.speaker as string,
			role: localized(values, 'role'),
			summary: localized(values, 'summary'),
			source: values.source as string,
			paragraph: values.paragraph as number
		};
	});

	const events = files.events.rows.map((row) => {
		const { line, values } = row;
		ref('events', line, 'place', 'places', values.place, 'place');
		ref('events', line, 'source', 'sources', values.source, 'source');
		const end = (values.end as string | null | undefined) ?? null;
		if (valid(row, 'start', 'end') && end !== null && end < (values.start as string))
			problems.push({ file: 'events.csv', line, column: 'end', message: 'is before start' });
		if (valid(row, 'place', 'venue') && !values.place && !values.venue)
			problems.push({
				file: 'events.csv',
				line,
				column: 'venue',
				message: 'is required when place is empty',
				hint: 'write "online" or the city'
			});
		return {
			id: values.id as string,
			title: localized(values, 'title'),
			start: values.start as string,
			end,
			dateText: values.date_text as string,
			place: (values.place as string | undefined) ?? null,
			venue: (values.venue as string | undefined) ?? null,
			source: values.source as string,
			paragraph: values.paragraph as number
		};
	});

	return { sources, themes, groups, places, practices, links, facts, statements, events };
}

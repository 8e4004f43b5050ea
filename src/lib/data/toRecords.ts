import type { CheckedRow } from './buildAtlas';
import { didYouMean } from './suggest';
import type { AtlasData, DataFile, Localized, Problem } from './types';

type Values = Record<string, unknown>;

/** Column names of each translated field, built once rather than once per row. */
const LANGUAGE_COLUMNS = new Map<string, { en: string; fr: string; es: string }>();

function localized(values: Values, name: string): Localized {
	let columns = LANGUAGE_COLUMNS.get(name);
	if (!columns) LANGUAGE_COLUMNS.set(name, (columns = { en: `${name}_en`, fr: `${name}_fr`, es: `${name}_es` }));
	const text: Localized = { en: values[columns.en] as string };
	if (values[columns.fr]) text.fr = values[columns.fr] as string;
	if (values[columns.es]) text.es = values[columns.es] as string;
	return text;
}

/** Typed records from checked rows, plus the rules that span columns, rows and files. */
export function toRecords(
	rows: Record<DataFile, CheckedRow[]>,
	readable: ReadonlySet<DataFile>,
	problems: Problem[]
): AtlasData {
	const ids = {} as Record<DataFile, Set<string>>;
	for (const [file, list] of Object.entries(rows) as [DataFile, CheckedRow[]][]) {
		const firstLine = new Map<string, number>();
		for (const { line, values } of list) {
			const id = values.id as string;
			const earlier = firstLine.get(id);
			if (earlier !== undefined)
				problems.push({ file: `${file}.csv`, line, column: 'id', message: `"${id}" is already used on line ${earlier}`, hint: 'ids must be unique within a file' });
			else firstLine.set(id, line);
		}
		ids[file] = new Set(firstLine.keys());
	}

	/** Reports a reference to an unknown id; references into an unreadable file are not judged. */
	function ref(file: DataFile, line: number, column: string, target: DataFile, value: string | null | undefined, what: string) {
		if (value === null || value === undefined || !readable.has(target) || ids[target].has(value)) return;
		problems.push({ file: `${file}.csv`, line, column, message: `unknown ${what} "${value}"`, hint: didYouMean(value, ids[target]) ?? `add it to ${target}.csv first` });
	}

	const sources = rows.sources.map(({ values }) => ({
		id: values.id as string,
		title: values.title as string,
		publisher: values.publisher as string,
		date: values.date as string,
		url: values.url as string
	}));
	const themes = rows.themes.map(({ values }) => ({ id: values.id as string, label: localized(values, 'label'), description: localized(values, 'description') }));
	const groups = rows.groups.map(({ values }) => ({ id: values.id as string, label: localized(values, 'label') }));
	const places = rows.places.map(({ values }) => ({
		id: values.id as string,
		name: localized(values, 'name'),
		country: values.country as AtlasData['places'][number]['country'],
		kind: values.kind as AtlasData['places'][number]['kind'],
		region: values.region as AtlasData['places'][number]['region'],
		subregion: values.subregion as string,
		lat: values.lat as number,
		lon: values.lon as number
	}));

	const practices = rows.practices.map(({ line, values }) => {
		ref('practices', line, 'place', 'places', values.place as string, 'place');
		ref('practices', line, 'source', 'sources', values.source as string, 'source');
		for (const theme of values.themes as string[]) ref('practices', line, 'themes', 'themes', theme, 'theme');
		for (const group of values.groups as string[]) ref('practices', line, 'groups', 'groups', group, 'group');
		const repeated = [...(values.themes as string[]), ...(values.groups as string[])].find((x, i, all) => all.indexOf(x) !== i);
		if (repeated) problems.push({ file: 'practices.csv', line, message: `"${repeated}" is listed twice` });
		return {
			id: values.id as string,
			place: values.place as string,
			title: localized(values, 'title'),
			summary: localized(values, 'summary'),
			themes: values.themes as string[],
			groups: values.groups as string[],
			status: values.status as AtlasData['practices'][number]['status'],
			shared: values.shared === 'yes',
			source: values.source as string,
			paragraph: values.paragraph as number
		};
	});

	const links = rows.links.map(({ line, values }) => {
		ref('links', line, 'from', 'places', values.from as string, 'place');
		ref('links', line, 'to', 'places', values.to as string, 'place');
		ref('links', line, 'source', 'sources', values.source as string, 'source');
		if (values.from === values.to) problems.push({ file: 'links.csv', line, column: 'to', message: 'a link needs two different places' });
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

	const facts = rows.facts.map(({ line, values }) => {
		ref('facts', line, 'place', 'places', values.place as string, 'place');
		ref('facts', line, 'source', 'sources', values.source as string, 'source');
		const malformed = values.flag === 'malformed';
		if (values.value === null && !malformed)
			problems.push({ file: 'facts.csv', line, column: 'value', message: 'is required', hint: 'leave it empty only when the source figure is malformed, and then set flag to "malformed"' });
		if (values.value !== null && malformed)
			problems.push({ file: 'facts.csv', line, column: 'value', message: 'must stay empty when flag is "malformed"', hint: 'never guess a figure the source does not give' });
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

	const statements = rows.statements.map(({ line, values }) => {
		ref('statements', line, 'place', 'places', values.place as string | undefined, 'place');
		ref('statements', line, 'source', 'sources', values.source as string, 'source');
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

	const events = rows.events.map(({ line, values }) => {
		ref('events', line, 'place', 'places', values.place as string | undefined, 'place');
		ref('events', line, 'source', 'sources', values.source as string, 'source');
		const end = values.end as string | null;
		if (end !== null && end < (values.start as string))
			problems.push({ file: 'events.csv', line, column: 'end', message: 'is before start' });
		if (!values.place && !values.venue)
			problems.push({ file: 'events.csv', line, column: 'venue', message: 'is required when place is empty', hint: 'write "online" or the city' });
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

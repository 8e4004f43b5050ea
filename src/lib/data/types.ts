/** The published data model. `/data/atlas.json` is exactly `AtlasData`. */

/** How every id is written: kebab-case ASCII, like `sao-paulo`. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const LANGS = ['en', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** Text in English (always) and in French and Spanish where written. */
export interface Localized {
	en: string;
	fr?: string;
	es?: string;
}

export const REGIONS = ['africa', 'latin-america', 'europe', 'middle-east-western-asia'] as const;
export type RegionId = (typeof REGIONS)[number];

export const PLACE_KINDS = [
	'city',
	'municipality',
	'department',
	'island',
	'governorate',
	'province',
	'region'
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const STATUSES = ['in-place', 'under-way', 'planned', 'event'] as const;
export type Status = (typeof STATUSES)[number];

export const LINK_KINDS = ['cooperation'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const FACT_UNITS = ['count', 'percent', 'people', 'year', 'meals-per-day'] as const;
export type FactUnit = (typeof FACT_UNITS)[number];

export const QUALIFIERS = ['exact', 'more-than', 'less-than', 'about'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface Source {
	id: string;
	title: string;
	publisher: string;
	date: string;
	url: string;
}

export interface Theme {
	id: string;
	label: Localized;
	description: Localized;
}

export interface Group {
	id: string;
	label: Localized;
}

export interface Place {
	id: string;
	name: Localized;
	country: string;
	kind: PlaceKind;
	region: RegionId;
	subregion: string;
	lat: number;
	lon: number;
}

export interface Practice {
	id: string;
	place: string;
	title: Localized;
	summary: Localized;
	themes: string[];
	groups: string[];
	status: Status;
	shared: boolean;
	source: string;
	paragraph: number;
}

export interface Link {
	id: string;
	from: string;
	to: string;
	kind: LinkKind;
	summary: Localized;
	source: string;
	paragraph: number;
}

export interface Fact {
	id: string;
	place: string;
	label: Localized;
	/** null only when the source's figure is malformed (then `flag` is "malformed"). */
	value: number | null;
	unit: FactUnit;
	qualifier: Qualifier;
	raw: string;
	flag: 'malformed' | null;
	source: string;
	paragraph: number;
}

export interface Statement {
	id: string;
	place: string | null;
	speaker: string;
	role: Localized;
	summary: Localized;
	source: string;
	paragraph: number;
}

export interface AtlasEvent {
	id: string;
	title: Localized;
	start: string;
	end: string | null;
	dateText: string;
	place: string | null;
	venue: string | null;
	source: string;
	paragraph: number;
}

export interface AtlasData {
	sources: Source[];
	themes: Theme[];
	groups: Group[];
	places: Place[];
	practices: Practice[];
	links: Link[];
	facts: Fact[];
	statements: Statement[];
	events: AtlasEvent[];
}

export const DATA_FILES = [
	'sources',
	'themes',
	'groups',
	'places',
	'practices',
	'links',
	'facts',
	'statements',
	'events'
] as const;
export type DataFile = (typeof DATA_FILES)[number];

/** One problem found in the data, located as precisely as possible. */
export interface Problem {
	file: string;
	/** 1-based physical line in the file; 0 when the problem concerns the whole file. */
	line: number;
	column?: string;
	message: string;
	hint?: string;
}

/**
 * A seeded synthetic data folder for benchmarks: as many places as asked, a fixed number of
 * practices each, 9 to 30 themes, with every file filled the way the real data fills it (three
 * languages, realistic text lengths, links, facts, statements, events). Pure: the same options
 * always give the same CSV texts, and the texts always pass the data check.
 */
import { columnsOf } from '../../src/lib/data/schemas';
import {
	DATA_FILES,
	PLACE_KINDS,
	STATUSES,
	type DataFile,
	type RegionId
} from '../../src/lib/data/types';

export interface SyntheticOptions {
	seed: number;
	places: number;
	/** Practices of each place (default 5). */
	practicesPerPlace?: number;
	/** Number of themes, 9 to 30 (default 30). */
	themes?: number;
}

/** Bump when the output changes, so that folders written earlier are written again. */
export const GENERATOR_VERSION = 1;
export const MIN_THEMES = 9;
export const MAX_THEMES = 30;

/** mulberry32: small, fast and good enough to spread synthetic records. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// The real themes first, then others a local government could plausibly report on.
const THEME_IDS = [
	'finance-care',
	'institutions',
	'procurement',
	'gender',
	'inclusion',
	'participation',
	'monitoring',
	'coordination',
	'cooperation',
	'housing',
	'health',
	'education',
	'culture',
	'water',
	'mobility',
	'climate',
	'food',
	'digital-rights',
	'justice',
	'safety',
	'youth',
	'ageing',
	'labour',
	'land',
	'memory',
	'peace',
	'sport',
	'energy',
	'transparency',
	'public-space'
];
const GROUP_IDS = [
	'women',
	'migrants',
	'indigenous-peoples',
	'persons-with-disabilities',
	'children',
	'lgbtiq',
	'racialized-people',
	'people-in-poverty',
	'informal-settlements',
	'rights-defenders-journalists'
];

/** Seats to scatter places around, so that they cluster like real members do. */
const ANCHORS: {
	country: string;
	region: RegionId;
	subregion: string;
	lat: number;
	lon: number;
}[] = [
	{
		country: 'MX',
		region: 'latin-america',
		subregion: 'Latin America and the Caribbean',
		lat: 19.4,
		lon: -99.1
	},
	{
		country: 'AR',
		region: 'latin-america',
		subregion: 'Latin America and the Caribbean',
		lat: -34.6,
		lon: -58.4
	},
	{
		country: 'BR',
		region: 'latin-america',
		subregion: 'Latin America and the Caribbean',
		lat: -23.5,
		lon: -46.6
	},
	{
		country: 'BR',
		region: 'latin-america',
		subregion: 'Latin America and the Caribbean',
		lat: -8.1,
		lon: -34.9
	},
	{
		country: 'CL',
		region: 'latin-america',
		subregion: 'Latin America and the Caribbean',
		lat: -33.4,
		lon: -70.6
	},
	{
		country: 'CO',
		region: 'latin-america',
		subregion: 'Latin America and the Caribbean',
		lat: 4.7,
		lon: -74.1
	},
	{
		country: 'PE',
		region: 'latin-america',
		subregion: 'Latin America and the Caribbean',
		lat: -12.0,
		lon: -77.0
	},
	{
		country: 'EC',
		region: 'latin-america',
		subregion: 'Latin America and the Caribbean',
		lat: -0.2,
		lon: -78.5
	},
	{
		country: 'GT',
		region: 'latin-america',
		subregion: 'Latin America and the Caribbean',
		lat: 14.6,
		lon: -90.5
	},
	{
		country: 'UY',
		region: 'latin-america',
		subregion: 'Latin America and the Caribbean',
		lat: -34.9,
		lon: -56.2
	},
	{ country: 'FR', region: 'europe', subregion: 'Western Europe', lat: 48.9, lon: 2.4 },
	{ country: 'FR', region: 'europe', subregion: 'Western Europe', lat: 45.8, lon: 4.8 },
	{ country: 'NL', region: 'europe', subregion: 'Western Europe', lat: 52.1, lon: 5.1 },
	{ country: 'AT', region: 'europe', subregion: 'Western Europe', lat: 48.2, lon: 16.4 },
	{ country: 'ES', region: 'europe', subregion: 'Southern Europe', lat: 41.4, lon: 2.2 },
	{ country: 'ES', region: 'europe', subregion: 'Southern Europe', lat: 40.4, lon: -3.7 },
	{ country: 'IT', region: 'europe', subregion: 'Southern Europe', lat: 41.9, lon: 12.5 },
	{ country: 'PT', region: 'europe', subregion: 'Southern Europe', lat: 38.7, lon: -9.1 },
	{ country: 'SE', region: 'europe', subregion: 'Northern Europe', lat: 59.3, lon: 18.1 },
	{ country: 'PL', region: 'europe', subregion: 'Eastern Europe', lat: 52.2, lon: 21.0 },
	{ country: 'KM', region: 'africa', subregion: 'Sub-Saharan Africa', lat: -11.7, lon: 43.3 },
	{ country: 'SN', region: 'africa', subregion: 'Sub-Saharan Africa', lat: 14.7, lon: -17.4 },
	{ country: 'KE', region: 'africa', subregion: 'Sub-Saharan Africa', lat: -1.3, lon: 36.8 },
	{ country: 'ZA', region: 'africa', subregion: 'Sub-Saharan Africa', lat: -26.2, lon: 28.0 },
	{ country: 'NG', region: 'africa', subregion: 'Sub-Saharan Africa', lat: 6.5, lon: 3.4 },
	{ country: 'MA', region: 'africa', subregion: 'Northern Africa', lat: 34.0, lon: -6.8 },
	{ country: 'CM', region: 'africa', subregion: 'Sub-Saharan Africa', lat: 3.9, lon: 11.5 },
	{
		country: 'PS',
		region: 'middle-east-western-asia',
		subregion: 'Western Asia',
		lat: 32.5,
		lon: 35.3
	},
	{
		country: 'JO',
		region: 'middle-east-western-asia',
		subregion: 'Western Asia',
		lat: 31.9,
		lon: 35.9
	},
	{
		country: 'LB',
		region: 'middle-east-western-asia',
		subregion: 'Western Asia',
		lat: 33.9,
		lon: 35.5
	},
	{
		country: 'TR',
		region: 'middle-east-western-asia',
		subregion: 'Western Asia',
		lat: 41.0,
		lon: 29.0
	},
	{
		country: 'IQ',
		region: 'middle-east-western-asia',
		subregion: 'Western Asia',
		lat: 33.3,
		lon: 44.4
	}
];

const SYLLABLES = [
	'ba',
	'ce',
	'do',
	'fa',
	'gi',
	'la',
	'lo',
	'ma',
	'na',
	'ne',
	'ri',
	'ro',
	'sa',
	'se',
	'ta',
	'te',
	'va',
	'vi',
	'za',
	'qui',
	'mon',
	'san',
	'ter',
	'vil',
	'bor',
	'gal'
];
const WORDS = {
	en: {
		adjectives: [
			'local',
			'municipal',
			'participatory',
			'inclusive',
			'public',
			'community',
			'regional',
			'rights-based',
			'open',
			'shared',
			'feminist',
			'intercultural'
		],
		nouns: [
			'observatory',
			'charter',
			'office',
			'plan',
			'network',
			'budget',
			'council',
			'programme',
			'strategy',
			'monitor',
			'centre',
			'fund',
			'campaign',
			'training',
			'service',
			'forum'
		],
		topics: [
			'human rights',
			'equality',
			'care',
			'housing',
			'health',
			'migration',
			'procurement',
			'education',
			'culture',
			'participation',
			'water',
			'safety',
			'memory'
		],
		verbs: [
			'runs',
			'funds',
			'opened',
			'coordinates',
			'monitors',
			'trains staff for',
			'publishes',
			'supports',
			'extends',
			'evaluates'
		]
	},
	fr: {
		adjectives: [
			'local',
			'municipal',
			'participatif',
			'inclusif',
			'public',
			'communautaire',
			'régional',
			'fondé sur les droits',
			'ouvert',
			'partagé'
		],
		nouns: [
			'observatoire',
			'charte',
			'bureau',
			'plan',
			'réseau',
			'budget',
			'conseil',
			'programme',
			'stratégie',
			'centre',
			'fonds',
			'service'
		],
		topics: [
			'des droits humains',
			'de l’égalité',
			'des soins',
			'du logement',
			'de la santé',
			'des migrations',
			'de l’éducation',
			'de la culture'
		],
		verbs: [
			'gère',
			'finance',
			'a ouvert',
			'coordonne',
			'suit',
			'publie',
			'soutient',
			'étend',
			'évalue'
		]
	},
	es: {
		adjectives: [
			'local',
			'municipal',
			'participativo',
			'inclusivo',
			'público',
			'comunitario',
			'regional',
			'con enfoque de derechos',
			'abierto'
		],
		nouns: [
			'observatorio',
			'carta',
			'oficina',
			'plan',
			'red',
			'presupuesto',
			'consejo',
			'programa',
			'estrategia',
			'centro',
			'fondo',
			'servicio'
		],
		topics: [
			'de derechos humanos',
			'de igualdad',
			'de cuidados',
			'de vivienda',
			'de salud',
			'de migración',
			'de educación',
			'de cultura'
		],
		verbs: [
			'gestiona',
			'financia',
			'abrió',
			'coordina',
			'supervisa',
			'publica',
			'apoya',
			'amplía',
			'evalúa'
		]
	}
};
type Language = keyof typeof WORDS;

/** Quotes a cell when a spreadsheet would. */
function csvCell(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function toCsv(file: DataFile, rows: Record<string, string>[]): string {
	const header = columnsOf(file);
	const lines = [header.join(',')];
	for (const row of rows) lines.push(header.map((column) => csvCell(row[column] ?? '')).join(','));
	return lines.join('\n') + '\n';
}

function checkOptions(options: SyntheticOptions): Required<SyntheticOptions> {
	const { seed, places, practicesPerPlace = 5, themes = MAX_THEMES } = options;
	if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
	if (!Number.isInteger(places) || places < 2)
		throw new RangeError(`places must be an integer of 2 or more, got ${places}`);
	if (!Number.isInteger(practicesPerPlace) || practicesPerPlace < 0)
		throw new RangeError(`practicesPerPlace must be a whole number, got ${practicesPerPlace}`);
	if (!Number.isInteger(themes) || themes < MIN_THEMES || themes > MAX_THEMES)
		throw new RangeError(
			`themes must be an integer from ${MIN_THEMES} to ${MAX_THEMES}, got ${themes}`
		);
	return { seed, places, practicesPerPlace, themes };
}

/** The nine CSV texts of a valid data folder. */
export function generateDataTexts(options: SyntheticOptions): Record<DataFile, string> {
	const { seed, places: placeCount, practicesPerPlace, themes: themeCount } = checkOptions(options);
	const random = seededRandom(seed);
	const int = (n: number) => Math.floor(random() * n);
	const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
	/** Skewed towards the first items, as a few themes dominate real consultations. */
	const pickSkewed = <T>(items: readonly T[]): T =>
		items[Math.floor(random() ** 2 * items.length)]!;
	const distinct = <T>(count: number, draw: () => T): T[] => {
		const chosen = new Set<T>();
		for (let tries = 0; chosen.size < count && tries < count * 20; tries++) chosen.add(draw());
		return [...chosen];
	};
	const phrase = (lang: Language) => {
		const w = WORDS[lang];
		return lang === 'en'
			? `${pick(w.adjectives)} ${pick(w.nouns)} for ${pick(w.topics)}`
			: `${pick(w.nouns)} ${pick(w.adjectives)} ${pick(w.topics)}`;
	};
	const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
	const sentence = (lang: Language, subject: string) => {
		const w = WORDS[lang];
		const second = {
			en: `, working with ${pick(w.topics)} networks and residents`,
			fr: `, ${pick(w.adjectives)} et ${pick(w.adjectives)}`,
			es: `, ${pick(w.adjectives)} y ${pick(w.adjectives)}`
		}[lang];
		return `${subject} ${pick(w.verbs)} ${lang === 'en' ? 'a' : 'un'} ${phrase(lang)}${random() < 0.6 ? second : ''}.`;
	};
	const localized = (
		name: string,
		make: (lang: Language) => string,
		translated = 0.8
	): Record<string, string> => ({
		[`${name}_en`]: make('en'),
		[`${name}_fr`]: random() < translated ? make('fr') : '',
		[`${name}_es`]: random() < translated ? make('es') : ''
	});
	const date = (year: number) =>
		`${year}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;

	const sources = [1, 2, 3].map((n) => ({
		id: `synthetic-source-${n}`,
		title: `Synthetic consultation report ${n}, for benchmarks`,
		publisher: 'UCLG-CSIPDHR',
		date: date(2023 + n - 1),
		url: `https://example.org/reports/synthetic-${n}`
	}));
	const sourceIds = sources.map((s) => s.id);
	const paragraph = () => String(1 + int(42));

	const themeIds = THEME_IDS.slice(0, themeCount);
	const themes = themeIds.map((id) => {
		const words = id.split('-').join(' ');
		return {
			id,
			...localized(
				'label',
				(lang) => (lang === 'en' ? capitalise(words) : `${capitalise(words)} (${lang})`),
				1
			),
			...localized(
				'description',
				(lang) => sentence(lang, lang === 'en' ? 'The local government' : 'La collectivité'),
				1
			)
		};
	});
	const groups = GROUP_IDS.map((id) => ({
		id,
		...localized(
			'label',
			(lang) => capitalise(id.split('-').join(' ')) + (lang === 'en' ? '' : ` (${lang})`),
			1
		)
	}));

	const places = Array.from({ length: placeCount }, (_, i) => {
		const anchor = pick(ANCHORS);
		const stem = capitalise(Array.from({ length: 2 + int(2) }, () => pick(SYLLABLES)).join(''));
		const name = random() < 0.15 ? `San ${stem}` : stem;
		const id = `${name.toLowerCase().replace(/ /g, '-')}-${i + 1}`;
		const lat = Math.max(-85, Math.min(85, anchor.lat + (random() - 0.5) * 8));
		const lon = Math.max(-180, Math.min(180, anchor.lon + (random() - 0.5) * 10));
		return {
			id,
			name_en: name,
			name_fr: random() < 0.1 ? `${name}-la-Ville` : '',
			name_es: random() < 0.1 ? `Ciudad de ${name}` : '',
			country: anchor.country,
			kind: random() < 0.7 ? 'city' : pick(PLACE_KINDS),
			region: anchor.region,
			subregion: anchor.subregion,
			lat: lat.toFixed(2),
			lon: lon.toFixed(2)
		};
	});
	const placeId = () => pick(places).id;

	const practices = places.flatMap((place) =>
		Array.from({ length: practicesPerPlace }, (_, k) => ({
			id: `${place.id}-practice-${k + 1}`,
			place: place.id,
			...localized('title', (lang) => capitalise(phrase(lang))),
			...localized('summary', (lang) => sentence(lang, place.name_en)),
			themes: distinct(1 + int(3), () => pickSkewed(themeIds)).join('; '),
			groups: distinct(int(3), () => pick(GROUP_IDS)).join('; '),
			status: pick(STATUSES),
			shared: random() < 0.1 ? 'yes' : 'no',
			source: pick(sourceIds),
			paragraph: paragraph()
		}))
	);

	const links = Array.from({ length: Math.floor(placeCount / 10) }, (_, i) => {
		const from = placeId();
		let to = placeId();
		while (to === from) to = placeId();
		return {
			id: `link-${i + 1}`,
			from,
			to,
			kind: 'cooperation',
			...localized('summary', (lang) =>
				sentence(lang, lang === 'en' ? 'The cooperation' : 'La coopération')
			),
			source: pick(sourceIds),
			paragraph: paragraph()
		};
	});

	const facts = Array.from({ length: Math.floor(placeCount / 5) }, (_, i) => {
		const malformed = random() < 0.05;
		const value = 1 + int(50000);
		return {
			id: `fact-${i + 1}`,
			place: placeId(),
			...localized('label', (lang) => capitalise(phrase(lang))),
			value: malformed ? '' : String(value),
			unit: pick(['count', 'percent', 'people', 'meals-per-day'] as const),
			qualifier: pick(['', 'exact', 'more-than', 'about']),
			raw: malformed ? `${value % 100},%` : `more than ${value.toLocaleString('en-US')}`,
			flag: malformed ? 'malformed' : '',
			source: pick(sourceIds),
			paragraph: paragraph()
		};
	});

	const statements = Array.from({ length: Math.max(1, Math.floor(placeCount / 20)) }, (_, i) => ({
		id: `statement-${i + 1}`,
		place: random() < 0.8 ? placeId() : '',
		speaker: `${capitalise(pick(SYLLABLES) + pick(SYLLABLES))} ${capitalise(pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES))}`,
		...localized('role', (lang) => capitalise(phrase(lang))),
		...localized('summary', (lang) =>
			sentence(lang, lang === 'en' ? 'The speaker' : 'La personne')
		),
		source: pick(sourceIds),
		paragraph: paragraph()
	}));

	const events = Array.from({ length: Math.max(1, Math.floor(placeCount / 50)) }, (_, i) => {
		const start = date(2025);
		const hosted = random() < 0.5;
		return {
			id: `event-${i + 1}`,
			...localized('title', (lang) => capitalise(phrase(lang))),
			start,
			end: random() < 0.5 ? `${start.slice(0, 4)}-12-31` : '',
			date_text: `From ${start}`,
			place: hosted ? placeId() : '',
			venue: hosted ? '' : 'online',
			source: pick(sourceIds),
			paragraph: paragraph()
		};
	});

	const rows: Record<DataFile, Record<string, string>[]> = {
		sources,
		themes,
		groups,
		places,
		practices,
		links,
		facts,
		statements,
		events
	};
	return Object.fromEntries(DATA_FILES.map((file) => [file, toCsv(file, rows[file])])) as Record<
		DataFile,
		string
	>;
}

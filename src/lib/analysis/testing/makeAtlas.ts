import { indexAtlas, type Atlas } from '$lib/data/atlas';
import type {
	AtlasData,
	AtlasEvent,
	Fact,
	Link,
	Localized,
	PlaceKind,
	RegionId,
	Statement,
	Status
} from '$lib/data/types';

/** A compact description of a small atlas, for tests: only what a test cares about is written. */
export interface AtlasSpec {
	themes: readonly string[];
	groups?: readonly string[];
	places: readonly {
		id: string;
		region?: RegionId;
		name?: string | Localized;
		country?: string;
		kind?: PlaceKind;
	}[];
	practices?: readonly {
		place: string;
		themes: readonly string[];
		groups?: readonly string[];
		id?: string;
		title?: string | Localized;
		summary?: string | Localized;
		status?: Status;
		paragraph?: number;
	}[];
	links?: readonly (Partial<Link> & { from: string; to: string })[];
	facts?: readonly (Partial<Fact> & { place: string })[];
	statements?: readonly (Partial<Statement> & { speaker: string })[];
	events?: readonly (Partial<AtlasEvent> & { start: string })[];
}

const SOURCE = 'test-source';
const text = (value: string | Localized | undefined, fallback: string): Localized =>
	typeof value === 'string' ? { en: value } : (value ?? { en: fallback });
const titleCase = (id: string) =>
	id.replace(/(^|-)(\w)/g, (_, dash: string, c: string) => (dash ? ' ' : '') + c.toUpperCase());

export function makeAtlasData(spec: AtlasSpec): AtlasData {
	return {
		sources: [
			{
				id: SOURCE,
				title: 'Test source',
				publisher: 'Test',
				date: '2025-07-03',
				url: 'https://example.org/source'
			}
		],
		themes: spec.themes.map((id) => ({
			id,
			label: { en: titleCase(id) },
			description: { en: `About ${id}` }
		})),
		groups: (spec.groups ?? []).map((id) => ({ id, label: { en: titleCase(id) } })),
		places: spec.places.map((p) => ({
			id: p.id,
			name: text(p.name, titleCase(p.id)),
			country: p.country ?? 'FR',
			kind: p.kind ?? 'city',
			region: p.region ?? 'europe',
			subregion: 'Test',
			lat: 0,
			lon: 0
		})),
		practices: (spec.practices ?? []).map((p, i) => ({
			id: p.id ?? `${p.place}-practice-${i + 1}`,
			place: p.place,
			title: text(p.title, `Practice ${i + 1} of ${p.place}`),
			summary: text(p.summary, `What practice ${i + 1} does`),
			themes: [...p.themes],
			groups: [...(p.groups ?? [])],
			status: p.status ?? 'in-place',
			shared: false,
			source: SOURCE,
			paragraph: p.paragraph ?? i + 2
		})),
		links: (spec.links ?? []).map((l, i) => ({
			id: `link-${i + 1}`,
			kind: 'cooperation',
			summary: { en: `${l.from} works with ${l.to}` },
			source: SOURCE,
			paragraph: 2,
			...l
		})),
		facts: (spec.facts ?? []).map((f, i) => ({
			id: `fact-${i + 1}`,
			label: { en: `Figure ${i + 1}` },
			value: 1,
			unit: 'count',
			qualifier: 'exact',
			raw: 'one',
			flag: null,
			source: SOURCE,
			paragraph: 2,
			...f
		})),
		statements: (spec.statements ?? []).map((s, i) => ({
			id: `statement-${i + 1}`,
			place: null,
			role: { en: 'Speaker' },
			summary: { en: 'Said something' },
			source: SOURCE,
			paragraph: 2,
			...s
		})),
		events: (spec.events ?? []).map((e, i) => ({
			id: `event-${i + 1}`,
			title: { en: `Event ${i + 1}` },
			end: null,
			dateText: e.start,
			place: null,
			venue: null,
			source: SOURCE,
			paragraph: 2,
			...e
		}))
	};
}

export function makeAtlas(spec: AtlasSpec): Atlas {
	return indexAtlas(makeAtlasData(spec));
}

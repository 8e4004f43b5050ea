/**
 * Hostile addresses against the pure parsers of `/` and `/embed`: crafted and random query strings
 * never throw, always give a valid view, and every value not used is listed as dropped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MATCHES } from '../../src/lib/analysis/filterAtlas';
import { indexAtlas } from '../../src/lib/data/atlas';
import { buildAtlas } from '../../src/lib/data/buildAtlas';
import { LANGS, REGIONS, type AtlasData } from '../../src/lib/data/types';
import {
	EMBED_KEYS,
	HEIGHT_MAX,
	HEIGHT_MIN,
	parseOrigin,
	readEmbedAddress,
	SHOW_VALUES,
	TITLE_MAX
} from '../../src/lib/embed/embedParams';
import { addressFor, queryFromAddress } from '../../src/lib/state/address';
import {
	MAX_SEARCH_LENGTH,
	OVERVIEW_VIEWS,
	parseQuery,
	QUERY_KEYS,
	type DroppedValue,
	type ViewQuery,
	type Vocabulary,
	vocabularyOf
} from '../../src/lib/state/urlQuery';
import { readTexts } from '../support/dataFolder';
import {
	CRAFTED_QUERIES,
	HUGE_QUERIES,
	hostileQuery,
	queryFuzzOptions
} from '../support/hostileQueries';

const atlas = indexAtlas(buildAtlas(readTexts('data')).data as AtlasData);
const vocabulary = vocabularyOf(atlas);
const LIST_KEYS = ['themes', 'regions', 'groups'] as const;

/** Every value of a view key was either used or listed as dropped; nothing is dropped twice. */
function accountFor(params: URLSearchParams, query: ViewQuery, dropped: DroppedValue[]) {
	const expected: DroppedValue[] = [];
	for (const key of QUERY_KEYS) {
		if ((LIST_KEYS as readonly string[]).includes(key)) {
			const used = query[key as (typeof LIST_KEYS)[number]] as readonly string[];
			for (const item of params.getAll(key).flatMap((v) => v.split(',')))
				if (item.trim() !== '' && !used.includes(item.trim())) expected.push({ key, value: item });
		} else {
			let usedOnce = false;
			for (const value of params.getAll(key)) {
				if (value === '') continue;
				if (!usedOnce && value === query[key as 'place']) usedOnce = true;
				else if (value !== query[key as 'place']) expected.push({ key, value });
			}
		}
	}
	const order = (list: DroppedValue[]) =>
		[...list].sort((a, b) => a.key.localeCompare(b.key) || a.value.localeCompare(b.value));
	expect(order(dropped)).toEqual(order(expected));
}

function expectValidView(query: ViewQuery, vocab: Vocabulary) {
	expect(Object.getPrototypeOf(query)).toBe(Object.prototype);
	expect(Object.keys(query).sort()).toEqual([...QUERY_KEYS].sort());
	if (query.place !== null) expect(vocab.places.has(query.place)).toBe(true);
	const inOrder = (list: readonly string[], order: readonly string[]) =>
		expect(list).toEqual(order.filter((id) => list.includes(id)));
	inOrder(query.themes, vocab.themes);
	inOrder(query.regions, REGIONS);
	inOrder(query.groups, vocab.groups);
	expect(MATCHES).toContain(query.match);
	expect(OVERVIEW_VIEWS).toContain(query.view);
	expect(LANGS).toContain(query.lang);
	expect(query.q.length).toBeLessThanOrEqual(MAX_SEARCH_LENGTH);
}

/** What the explorer does with a query, from `parseQuery` to the address it writes back. */
function checkExplorer(search: string) {
	const params = new URLSearchParams(search);
	const { query, dropped } = parseQuery(params, vocabulary, { place: null, lang: 'en' });
	expectValidView(query, vocabulary);
	accountFor(params, query, dropped);
	for (const pathname of ['/', '/fr/place/utrecht', '/es/embed']) {
		const read = queryFromAddress({ pathname, search }, vocabulary);
		expectValidView(read.query, vocabulary);
		// The address written back shows the same view, with nothing left to drop.
		const href = addressFor(read.query, { pathname, search });
		const again = new URL(href, 'http://localhost');
		expect(queryFromAddress(again, vocabulary)).toEqual({ query: read.query, dropped: [] });
	}
}

function checkEmbed(search: string) {
	const params = new URLSearchParams(search);
	const { params: embed, dropped } = readEmbedAddress(params);
	expect(Object.keys(embed).sort()).toEqual([...EMBED_KEYS].sort());
	expect(SHOW_VALUES).toContain(embed.show);
	expect(Number.isInteger(embed.height)).toBe(true);
	expect(embed.height).toBeGreaterThanOrEqual(HEIGHT_MIN);
	expect(embed.height).toBeLessThanOrEqual(HEIGHT_MAX);
	if (embed.title !== null) {
		expect([...embed.title].length).toBeLessThanOrEqual(TITLE_MAX);
		// eslint-disable-next-line no-control-regex
		expect(embed.title).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e]/);
		expect(embed.title).toBe(embed.title.trim());
	}
	if (embed.origin !== null) expect(parseOrigin(embed.origin)).toBe(embed.origin);
	// Each value of show, height and origin is used or reported.
	for (const key of ['show', 'height', 'origin'] as const) {
		const values = params.getAll(key).filter((v) => v !== '');
		const used = values.find((v) => !dropped.some((d) => d.key === key && d.value === v));
		for (const value of values) if (value !== used) expect(dropped).toContainEqual({ key, value });
		if (used === undefined) continue;
		if (key === 'show') expect(embed.show).toBe(used);
		if (key === 'origin') expect(embed.origin).toBe(parseOrigin(used));
	}
	expect(dropped.every((d) => EMBED_KEYS.includes(d.key as never))).toBe(true);
}

describe('crafted queries', () => {
	const all = [...CRAFTED_QUERIES, ...HUGE_QUERIES];
	it('number at least a hundred', () => expect(all.length).toBeGreaterThanOrEqual(100));
	it.each(all.map((q) => [q.slice(0, 60), q]))('%s', (_, search) => {
		checkExplorer(search);
		checkEmbed(search);
		// Keys like __proto__ and constructor[prototype] set nothing on objects.
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('report what they drop, as written', () => {
		const read = (search: string) =>
			parseQuery(search, vocabulary, { place: null, lang: 'en' }).dropped;
		expect(read('place=javascript:alert(1)&view=pie&lang=de')).toEqual([
			{ key: 'place', value: 'javascript:alert(1)' },
			{ key: 'view', value: 'pie' },
			{ key: 'lang', value: 'de' }
		]);
		expect(read(`themes=${'nope,'.repeat(5000)}`)).toHaveLength(5000);
		expect(read('place=%00')).toEqual([{ key: 'place', value: '\u0000' }]);
		expect(read('q=%ZZ')).toEqual([]); // kept: a search for the text "%ZZ"
		expect(readEmbedAddress(new URLSearchParams('show=javascript:x')).dropped).toEqual([
			{ key: 'show', value: 'javascript:x' }
		]);
	});

	it('keep HTML and scripts as the text of a title', () => {
		const title = (search: string) => readEmbedAddress(new URLSearchParams(search)).params.title;
		expect(title('title=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).toBe('<script>alert(1)</script>');
		expect(title('title=%E2%80%AEevil.exe%E2%80%AC')).toBe('evil.exe');
		expect(title('title=%ED%A0%80')).toBe('\uFFFD\uFFFD\uFFFD');
	});
});

describe('random queries', () => {
	it('never throw, give a valid view and account for every value of the explorer', () => {
		fc.assert(fc.property(hostileQuery, checkExplorer), queryFuzzOptions(1000));
	});

	it('never throw, give valid embed settings and account for every embed value', () => {
		fc.assert(fc.property(hostileQuery, checkEmbed), queryFuzzOptions(1000));
	});

	it('never throw on any string at all, as a query or a path', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.string(), (search, path) => {
				checkExplorer(search);
				checkEmbed(search);
				expectValidView(
					queryFromAddress({ pathname: `/${path}`, search }, vocabulary).query,
					vocabulary
				);
			}),
			queryFuzzOptions(500)
		);
	});
});

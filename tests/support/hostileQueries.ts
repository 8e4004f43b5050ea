/**
 * Hostile query strings for `/` and `/embed`: a crafted list of what a careless or malicious link
 * may carry, and a generator of random ones built from the keys the pages read and from the
 * characters that break parsers. Shared by the unit tests of the parsers and the end-to-end tests.
 */
import fc from 'fast-check';
import { EMBED_KEYS } from '../../src/lib/embed/embedParams';
import { QUERY_KEYS } from '../../src/lib/state/urlQuery';

const many = (item: string, count: number, separator = ',') =>
	Array.from({ length: count }, () => item).join(separator);
const ids = (count: number) => Array.from({ length: count }, (_, i) => `theme-${i}`).join(',');

/**
 * Each at most a few kilobytes, since a web server refuses longer addresses (Node's own limit is
 * 16 KB of headers); `hugeQueries` adds longer ones for the parsers alone.
 */
export const CRAFTED_QUERIES: string[] = [
	'',
	'&&&&',
	'=',
	'==&==',
	'?',
	'??place=utrecht',
	'+++',
	'q=+',
	'q=%20%20%20',
	// Repeated keys.
	'place=utrecht&place=jenin',
	'place=nowhere&place=utrecht',
	'view=matrix&view=network',
	'lang=fr&lang=es&lang=fr',
	'themes=gender&themes=gender&themes=nowhere',
	'show=map&show=matrix&show=bad',
	'height=300&height=400',
	'title=One&title=Two',
	// Prototype keys and values.
	'__proto__=x',
	'__proto__[polluted]=1',
	'constructor=x',
	'constructor[prototype][polluted]=1',
	'__proto__.polluted=1&constructor.prototype.polluted=1',
	'place=__proto__',
	'place=constructor',
	'themes=__proto__,constructor,toString,hasOwnProperty',
	'view=constructor',
	'view=__proto__',
	'lang=__proto__',
	'lang=toString',
	'match=valueOf',
	'show=__proto__',
	'hasOwnProperty=1&toString=1&valueOf=1',
	// Encoded nulls and control characters.
	'q=%00',
	'place=utrecht%00',
	'title=%00%00%00',
	'themes=%00',
	'lang=en%00',
	'view=matrix%00',
	'title=a%0Ab%0Dc%09d%1Be%7Ff',
	'q=%E2%80%A8%E2%80%A9',
	// Invalid percent-encoding and UTF-8.
	'q=%',
	'q=%%%',
	'%%%=%%%',
	'place=%ZZ',
	'q=%E0%A4%A',
	'q=%C0%AF',
	'title=%ED%A0%80',
	'title=%FF%FE%FD',
	'q=%F0%9F%98',
	'place=%uD83D%uDE00',
	// Scripts as values.
	'place=javascript:alert(1)',
	'q=javascript:alert(1)',
	'title=javascript:alert(1)',
	'view=javascript:alert(1)',
	'origin=javascript:alert(1)',
	'lang=javascript:alert(1)',
	// HTML in the search and the title.
	'q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
	'q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'title=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'title=%3Csvg%20onload%3Dalert(1)%3E',
	'title=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%3Cb%3Ebold%3C%2Fb%3E',
	'title=%26lt%3Bb%26gt%3B%26amp%3B',
	'title=<script>alert(1)</script>',
	'q=<iframe src=javascript:alert(1)>',
	// Right-to-left overrides and isolates.
	'title=%E2%80%AEevil.exe%E2%80%AC',
	'q=%E2%80%AEabc',
	'title=a%E2%81%A6b%E2%81%A9c',
	'title=%E2%80%8F%E2%80%8F%E2%80%8F',
	// Thousands of themes, regions and groups.
	`themes=${many('gender', 600)}`,
	`themes=${ids(400)}`,
	`regions=${many('europe,nowhere', 300)}`,
	`groups=${many('women', 600)}`,
	`themes=${many(',', 3000, '')}`,
	// Unknown places.
	'place=nowhere',
	'place=Utrecht',
	'place=UTRECHT',
	'place=utrecht%2F..',
	'place=..%2F..%2Fetc%2Fpasswd',
	'place=%3Cscript%3E',
	`place=${'a'.repeat(65)}`,
	// Bad language, view, match, show.
	'lang=de',
	'lang=FR',
	'lang=en-US',
	'lang=',
	'view=pie',
	'view=MATRIX',
	'view=',
	'match=none',
	'match=ALL',
	'show=everything',
	'show=MAP',
	'show=%3Cb%3E',
	// Bad basemaps: other schemes, other origins, odd paths.
	'basemap=javascript:alert(1)',
	'basemap=data:application/json,%7B%22version%22%3A8%7D',
	'basemap=https://tiles.example.com/style.json',
	'basemap=//tiles.example.com/style.json',
	'basemap=http://127.0.0.1:1/style.json',
	'basemap=file:///etc/passwd',
	'basemap=blob:https://example.com/x',
	'basemap=%00',
	// Bad height and origin.
	'height=-1',
	'height=1e309',
	'height=NaN',
	'height=99999999999',
	'height=0x200',
	'origin=*',
	'origin=null',
	'origin=https://evil.example/path',
	'origin=https://user:pass@evil.example',
	// Mixtures.
	'place=utrecht&themes=nowhere&view=matrix&lang=fr&show=map&title=Hello',
	'place=jenin&q=%3Cb%3E&regions=africa,moon&groups=women,aliens&match=all',
	`q=${'a'.repeat(201)}`,
	`q=${'é'.repeat(200)}`,
	`title=${'x'.repeat(2000)}`,
	`title=${'%F0%9F%98%80'.repeat(200)}`
];

/** Values far longer than any server accepts in an address: for the pure parsers only. */
export const HUGE_QUERIES: string[] = [
	`q=${'a'.repeat(1_000_000)}`,
	`title=${'x'.repeat(1_000_000)}`,
	`place=${'a'.repeat(100_000)}`,
	`themes=${many('gender', 20_000)}`,
	`themes=${ids(20_000)}`,
	many('place=x', 20_000, '&'),
	`${'k'.repeat(100_000)}=v`
];

/** Keys the pages read, keys that attack objects, and keys that mean nothing. */
const KEYS = [
	...QUERY_KEYS,
	...EMBED_KEYS,
	'basemap',
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'utm_source',
	''
];
/** Pieces of values: real ids, near misses, separators, escapes and characters that break things. */
const PIECES = [
	'utrecht',
	'jenin',
	'gender',
	'housing',
	'europe',
	'africa',
	'women',
	'fr',
	'es',
	'en',
	'matrix',
	'network',
	'regions',
	'all',
	'any',
	'map',
	'map-panel',
	'https://a.example',
	'javascript:alert(1)',
	'data:,x',
	'<script>',
	'"',
	"'",
	'<',
	'>',
	',',
	'&',
	'=',
	'+',
	'#',
	'?',
	'/',
	'..',
	' ',
	'%',
	'%00',
	'%2C',
	'%26',
	'%3D',
	'%ZZ',
	'%E2%80%AE',
	'%ED%A0%80',
	'%FF',
	'\u202e',
	'\u0000',
	'😀',
	'é',
	'Ü',
	'__proto__',
	'12',
	'-1'
];

const value = fc
	.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 6 })
	.map((parts) => parts.join(''));
const pair = fc
	.tuple(
		fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...KEYS) }, fc.string({ maxLength: 4 })),
		value
	)
	.map(([key, v]) => `${encodeURIComponent(key).replace(/%25/g, '%')}=${v}`);

/** A random query string (without `?`): a few pairs, keys often the pages' own. */
export const hostileQuery = fc.array(pair, { maxLength: 8 }).map((pairs) => pairs.join('&'));

/** Runs per property; FUZZ_RUNS scales them (default 100 means ×1), FUZZ_SEED replays a failure. */
const RUNS = Number(process.env.FUZZ_RUNS || 100);
export const SEED = Number(process.env.FUZZ_SEED || 20250709);
export const queryFuzzOptions = (runs: number) => ({
	numRuns: Math.max(1, Math.round((runs * RUNS) / 100)),
	seed: SEED,
	endOnFailure: true
});

/** `count` random queries, the same for a given seed: a sample for the browser. */
export const sampleQueries = (count: number, seed = SEED) =>
	fc.sample(hostileQuery, { numRuns: count, seed });

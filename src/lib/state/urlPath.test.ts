import { describe, expect, it } from 'vitest';
import { explorerPath, parsePath, type PathInfo } from './urlPath';

describe('parsePath', () => {
	it.each<[string, string, PathInfo]>([
		['/', '', { kind: 'home', lang: 'en', place: null }],
		['/fr', '', { kind: 'home', lang: 'fr', place: null }],
		['/es/', '', { kind: 'home', lang: 'es', place: null }],
		['/place/quilmes', '', { kind: 'place', lang: 'en', place: 'quilmes' }],
		['/fr/place/sao-paulo', '', { kind: 'place', lang: 'fr', place: 'sao-paulo' }],
		['/en/place/jenin/', '', { kind: 'place', lang: 'en', place: 'jenin' }],
		['/maps/es/place/jenin', '/maps', { kind: 'place', lang: 'es', place: 'jenin' }],
		['/maps', '/maps', { kind: 'home', lang: 'en', place: null }],
		['/embed', '', { kind: 'other', lang: 'en', place: null }],
		['/fr/embed', '', { kind: 'other', lang: 'fr', place: null }],
		['/place', '', { kind: 'other', lang: 'en', place: null }],
		['/place/%E0%A4%A', '', { kind: 'other', lang: 'en', place: null }]
	])('%s (base %j)', (pathname, base, expected) => {
		expect(parsePath(pathname, base)).toEqual(expected);
	});
});

describe('explorerPath', () => {
	it.each([
		['en', null, '', '/'],
		['fr', null, '', '/fr'],
		['en', 'quilmes', '', '/place/quilmes'],
		['es', 'jenin', '/maps', '/maps/es/place/jenin'],
		['en', null, '/maps', '/maps/']
	] as const)('%s, %s, base %j → %s', (lang, place, base, expected) => {
		expect(explorerPath(lang, place, base)).toBe(expected);
		expect(parsePath(expected, base)).toEqual({ kind: place ? 'place' : 'home', lang, place });
	});
});

import { describe, expect, it } from 'vitest';
import {
	DEFAULT_EMBED,
	embedParamsToSearch,
	parseEmbedParams,
	parseOrigin,
	parseTitle,
	readEmbedAddress,
	type EmbedParams
} from './embedParams';

const parse = (query: string) => parseEmbedParams(new URLSearchParams(query));

describe('parseEmbedParams', () => {
	const cases: [string, Partial<EmbedParams>][] = [
		['', {}],
		['show=map', { show: 'map' }],
		['show=matrix', { show: 'matrix' }],
		['show=regions', { show: 'regions' }],
		['show=network', { show: 'network' }],
		['show=MAP', {}],
		['show=everything', {}],
		['show=map&show=matrix', { show: 'map' }],
		['basemap=/styles/light.json', {}],
		['height=300', { height: 300 }],
		['height=%20300%20', { height: 300 }],
		['height=10', { height: 200 }],
		['height=99999', { height: 1600 }],
		['height=300px', {}],
		['height=-300', {}],
		['height=3e2', {}],
		['height=', {}],
		['title=Our%20partners', { title: 'Our partners' }],
		['title=%20%20', {}],
		['origin=https://www.uclg.org', { origin: 'https://www.uclg.org' }],
		['origin=https://www.uclg.org/', { origin: 'https://www.uclg.org' }],
		['origin=http://127.0.0.1:4222', { origin: 'http://127.0.0.1:4222' }],
		['origin=https://www.uclg.org/page', {}],
		['origin=javascript:alert(1)', {}],
		['origin=*', {}],
		['origin=null', {}]
	];
	for (const [query, expected] of cases)
		it(`"${query}"`, () => {
			expect(parse(query)).toEqual({ ...DEFAULT_EMBED, ...expected });
		});

	it('ignores the view-state keys, which the view-state module reads', () => {
		expect(parse('place=utrecht&lang=fr&themes=housing&basemap=x')).toEqual(DEFAULT_EMBED);
	});
});

describe('readEmbedAddress', () => {
	const dropped = (query: string) => readEmbedAddress(new URLSearchParams(query)).dropped;
	it('lists each value it could not use, and only those', () => {
		expect(dropped('show=map&height=300&origin=https://a.example&title=T')).toEqual([]);
		expect(dropped('show=everything&height=300px&origin=*')).toEqual([
			{ key: 'show', value: 'everything' },
			{ key: 'height', value: '300px' },
			{ key: 'origin', value: '*' }
		]);
		// A repeated key: the first valid value wins, another one is reported.
		expect(dropped('show=bad&show=map&show=map&show=matrix')).toEqual([
			{ key: 'show', value: 'bad' },
			{ key: 'show', value: 'matrix' }
		]);
		expect(readEmbedAddress(new URLSearchParams('show=bad&show=map')).params.show).toBe('map');
		// Clamped, not dropped; a title is cleaned, never dropped; other keys are not the embed's.
		expect(dropped('height=5&title=%E2%80%AE&place=nowhere&basemap=x')).toEqual([]);
	});
});

describe('parseTitle', () => {
	it('keeps text as text, on one line, capped at 120 characters', () => {
		expect(parseTitle('<b>Cities</b>')).toBe('<b>Cities</b>');
		expect(parseTitle('Line one\nline\ttwo\u0000')).toBe('Line one line two');
		expect(parseTitle('Right\u202eto left')).toBe('Right to left');
		expect(parseTitle('x'.repeat(500))).toHaveLength(120);
		// Characters, not UTF-16 units: an emoji is never cut in half.
		expect([...parseTitle('😀'.repeat(200))!]).toHaveLength(120);
		expect(parseTitle(null)).toBeNull();
	});
});

describe('parseOrigin', () => {
	it('accepts only what browsers report as event.origin', () => {
		expect(parseOrigin('https://example.org:8443')).toBe('https://example.org:8443');
		expect(parseOrigin('https://example.org:443')).toBeNull();
		expect(parseOrigin('https://user@example.org')).toBeNull();
		expect(parseOrigin('ftp://example.org')).toBeNull();
		expect(parseOrigin(`https://${'a'.repeat(300)}.org`)).toBeNull();
	});
});

describe('embedParamsToSearch', () => {
	it('writes only what differs from the defaults', () => {
		expect(embedParamsToSearch(DEFAULT_EMBED).toString()).toBe('');
		expect(
			embedParamsToSearch({ show: 'map', height: 320, title: 'Cities & regions' }).toString()
		).toBe('show=map&title=Cities+%26+regions&height=320');
	});

	it('round-trips through parseEmbedParams', () => {
		const params: EmbedParams = {
			show: 'regions',
			title: 'Régions',
			height: 640,
			origin: 'https://partner.example'
		};
		expect(parseEmbedParams(embedParamsToSearch(params))).toEqual(params);
	});
});

import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from './embedParams';
import { embedUrl, escapeAttribute, frameHeight, plainSnippet, scriptSnippet } from './snippet';
import { parseQuery } from '$lib/state/urlQuery';

describe('embedUrl', () => {
	const cases: [string, Parameters<typeof embedUrl>[1], string][] = [
		['https://maps.example/', { lang: 'en', place: null }, 'https://maps.example/embed'],
		[
			'https://maps.example/',
			{ lang: 'fr', place: 'utrecht' },
			'https://maps.example/fr/embed?place=utrecht'
		],
		[
			'https://www.uclg.org/sub/path/',
			{ lang: 'es', place: null, show: 'map', height: 300 },
			'https://www.uclg.org/sub/path/es/embed?show=map&height=300'
		],
		[
			'http://127.0.0.1:4220/',
			{ lang: 'en', place: 'jenin', show: 'map-panel', height: 480, title: 'A & B' },
			'http://127.0.0.1:4220/embed?place=jenin&title=A+%26+B'
		]
	];
	it('carries the view’s filters, as the explorer writes them', () => {
		const filters = {
			themes: ['gender', 'participation'],
			match: 'all' as const,
			regions: ['europe' as const],
			groups: [],
			q: 'eau potable'
		};
		expect(embedUrl('https://maps.example/', { lang: 'fr', place: 'lyon', filters })).toBe(
			'https://maps.example/fr/embed?place=lyon&themes=gender%2Cparticipation&match=all&regions=europe&q=eau+potable'
		);
	});

	for (const [root, choice, expected] of cases)
		it(`${root} ${JSON.stringify(choice)}`, () => {
			expect(embedUrl(root, choice)).toBe(expected);
		});

	it('gives an address the embed reads back', () => {
		const url = new URL(
			embedUrl('https://m.example/a/', { lang: 'en', place: 'utrecht', show: 'map', title: 'Ü?&=' })
		);
		const vocabulary = { places: new Set(['utrecht']), themes: [], groups: [] };
		const { query, dropped } = parseQuery(url.searchParams, vocabulary, {
			place: null,
			lang: 'en'
		});
		expect(query.place).toBe('utrecht');
		expect(dropped).toEqual([]);
		expect(parseEmbedParams(url.searchParams)).toMatchObject({ show: 'map', title: 'Ü?&=' });
	});
});

describe('frameHeight', () => {
	it('adds the bottom bar, and the title bar when there is a title', () => {
		expect(frameHeight({ height: 480, title: null })).toBe(520);
		expect(frameHeight({ height: 300, title: 'Cities' })).toBe(380);
	});
});

describe('snippets', () => {
	const input = {
		src: 'https://m.example/embed?place=x&title=%22a%22',
		title: 'Map "of" <cities> & co',
		height: 520
	};

	it('escapes attribute values', () => {
		expect(escapeAttribute('"<a>&\'')).toBe("&quot;&lt;a&gt;&amp;'");
	});

	it('writes a plain iframe of fixed height', () => {
		expect(plainSnippet(input)).toBe(
			'<iframe src="https://m.example/embed?place=x&amp;title=%22a%22" title="Map &quot;of&quot; &lt;cities&gt; &amp; co" height="520" style="width:100%;border:0" loading="lazy"></iframe>'
		);
	});

	it('marks the iframe for embed.js and adds the script', () => {
		const html = scriptSnippet(input, 'https://m.example/embed.js');
		expect(
			html.startsWith('<iframe data-hrc-embed src="https://m.example/embed?place=x&amp;')
		).toBe(true);
		expect(html.endsWith('\n<script async src="https://m.example/embed.js"></script>')).toBe(true);
	});
});

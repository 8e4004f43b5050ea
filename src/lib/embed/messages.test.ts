import { describe, expect, it } from 'vitest';
import { sizeMessage, viewMessage } from './envelope';
import { LIMITS, parseEmbedMessage, parseHostMessage } from './messages';

describe('parseHostMessage', () => {
	const valid: unknown[] = [
		{ type: 'hrc:select', place: 'utrecht' },
		{ type: 'hrc:select', place: null },
		{ type: 'hrc:filter' },
		{ type: 'hrc:filter', themes: ['housing', 'gender'], match: 'all' },
		{ type: 'hrc:filter', regions: [], groups: ['women'], q: 'water' },
		{ type: 'hrc:filter', themes: Array(LIMITS.list).fill('a'), q: 'x'.repeat(LIMITS.q) }
	];
	for (const message of valid)
		it(`accepts ${JSON.stringify(message).slice(0, 80)}`, () => {
			expect(parseHostMessage(message)).toEqual(message);
		});

	const invalid: [string, unknown][] = [
		['undefined', undefined],
		['null', null],
		['a string', 'hrc:select utrecht'],
		['JSON text', JSON.stringify({ type: 'hrc:select', place: 'utrecht' })],
		['a number', 42],
		['an array', [{ type: 'hrc:select', place: 'utrecht' }]],
		['no type', { place: 'utrecht' }],
		['another prefix', { type: 'select', place: 'utrecht' }],
		['an unknown hrc: type', { type: 'hrc:navigate', url: 'https://evil.example' }],
		['an embed → host type', { type: 'hrc:size', height: 100 }],
		['a type that is not a string', { type: ['hrc:select'], place: 'utrecht' }],
		['a missing place', { type: 'hrc:select' }],
		['a number as place', { type: 'hrc:select', place: 7 }],
		['an object as place', { type: 'hrc:select', place: { toString: 'utrecht' } }],
		['a place that is not an id', { type: 'hrc:select', place: '../../etc/passwd' }],
		['markup as place', { type: 'hrc:select', place: '<img src=x onerror=alert(1)>' }],
		['an upper-case place', { type: 'hrc:select', place: 'Utrecht' }],
		['an extra key', { type: 'hrc:select', place: 'utrecht', __proto__x: 1 }],
		['an extra key on filter', { type: 'hrc:filter', themes: [], view: 'matrix' }],
		['a huge place id', { type: 'hrc:select', place: 'a'.repeat(LIMITS.id + 1) }],
		['a huge string', { type: 'hrc:select', place: 'a'.repeat(10_000_000) }],
		['themes as a string', { type: 'hrc:filter', themes: 'housing' }],
		['a number among themes', { type: 'hrc:filter', themes: ['housing', 3] }],
		['too many themes', { type: 'hrc:filter', themes: Array(LIMITS.list + 1).fill('a') }],
		['a huge array', { type: 'hrc:filter', regions: Array(1_000_000).fill('europe') }],
		['a too long search', { type: 'hrc:filter', q: 'x'.repeat(LIMITS.q + 1) }],
		['a search that is not a string', { type: 'hrc:filter', q: 12 }],
		['an unknown match', { type: 'hrc:filter', match: 'some' }],
		['null themes', { type: 'hrc:filter', themes: null }]
	];
	for (const [name, message] of invalid)
		it(`ignores ${name}`, () => {
			expect(parseHostMessage(message)).toBeNull();
		});

	it('rejects a huge array quickly, without looking at every item', () => {
		const huge = { type: 'hrc:filter', themes: Array(5_000_000).fill('housing') };
		const start = performance.now();
		expect(parseHostMessage(huge)).toBeNull();
		expect(performance.now() - start).toBeLessThan(100);
	});

	it('rejects an object with many extra keys', () => {
		const message: Record<string, unknown> = { type: 'hrc:select', place: 'utrecht' };
		for (let i = 0; i < 100_000; i++) message[`k${i}`] = i;
		expect(parseHostMessage(message)).toBeNull();
	});
});

describe('parseEmbedMessage', () => {
	it('accepts the messages the embed builds', () => {
		expect(parseEmbedMessage(sizeMessage(612.2))).toEqual({ type: 'hrc:size', height: 613 });
		const view = viewMessage('https://maps.example/fr/place/utrecht', 'utrecht');
		expect(parseEmbedMessage(view)).toEqual(view);
		expect(parseEmbedMessage(viewMessage('https://maps.example/', null))).toEqual({
			type: 'hrc:view',
			url: 'https://maps.example/',
			place: null
		});
	});

	const invalid: [string, unknown][] = [
		['a negative height', { type: 'hrc:size', height: -1 }],
		['an infinite height', { type: 'hrc:size', height: Infinity }],
		['NaN', { type: 'hrc:size', height: NaN }],
		['a huge height', { type: 'hrc:size', height: LIMITS.height + 1 }],
		['a height as text', { type: 'hrc:size', height: '600px' }],
		['a size with an extra key', { type: 'hrc:size', height: 600, width: 300 }],
		['a view without url', { type: 'hrc:view', place: null }],
		['a view whose url is not a url', { type: 'hrc:view', url: 'not a url', place: null }],
		[
			'a too long url',
			{ type: 'hrc:view', url: `https://maps.example/${'a'.repeat(LIMITS.url)}`, place: null }
		],
		['a host command', { type: 'hrc:select', place: 'utrecht' }]
	];
	for (const [name, message] of invalid)
		it(`ignores ${name}`, () => {
			expect(parseEmbedMessage(message)).toBeNull();
		});
});

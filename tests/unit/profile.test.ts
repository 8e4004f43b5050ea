import { describe, expect, it } from 'vitest';
import {
	decodeMappings,
	hotspots,
	originalPosition,
	type CpuProfile
} from '../../scripts/bench/profile';

describe('decodeMappings', () => {
	it.each([
		{ mappings: 'AAAA', lines: [[[0, 0, 0, 0]]] },
		{ mappings: 'AAAA;AACA', lines: [[[0, 0, 0, 0]], [[0, 0, 1, 0]]] },
		{
			mappings: 'AAAAA,IAAIC',
			lines: [
				[
					[0, 0, 0, 0, 0],
					[4, 0, 0, 4, 1]
				]
			]
		},
		{
			mappings: ';;gBAAgB,CAAD',
			lines: [
				[],
				[],
				[
					[16, 0, 0, 16],
					[17, 0, 0, 15]
				]
			]
		}
	])('decodes $mappings', ({ mappings, lines }) => {
		expect(decodeMappings(mappings)).toEqual(lines);
	});

	it('refuses what is not base64 VLQ', () => {
		expect(() => decodeMappings('AA!A')).toThrow(/VLQ/);
	});
});

describe('originalPosition', () => {
	const map = {
		sources: ['../../src/lib/a.ts', '../node_modules/svelte/src/b.js'],
		names: ['select', 'each'],
		mappings: ''
	};
	const decoded = [
		[
			[0, 0, 9, 0],
			[10, 1, 40, 2, 1],
			[30, 0, 12, 4, 0]
		]
	];

	it.each([
		{ column: 0, expected: { source: 'src/lib/a.ts', line: 9, name: undefined } },
		{ column: 15, expected: { source: 'svelte/src/b.js', line: 40, name: 'each' } },
		{ column: 99, expected: { source: 'src/lib/a.ts', line: 12, name: 'select' } }
	])('maps column $column', ({ column, expected }) => {
		expect(originalPosition(map, decoded, 0, column)).toEqual(expected);
	});

	it('knows nothing of unmapped lines', () => {
		expect(originalPosition(map, decoded, 3, 0)).toBeNull();
	});
});

describe('hotspots', () => {
	const frame = (
		functionName: string,
		url = 'http://127.0.0.1/_app/x.js',
		lineNumber = 0,
		columnNumber = 0
	) => ({ functionName, url, lineNumber, columnNumber });
	const profile: CpuProfile = {
		nodes: [
			{ id: 1, callFrame: frame('(idle)', '') },
			{ id: 2, callFrame: frame('a', undefined, 0, 5) },
			{ id: 3, callFrame: frame('b', undefined, 0, 50) },
			{ id: 4, callFrame: frame('(garbage collector)', '') },
			{ id: 5, callFrame: frame('(program)', '') }
		],
		samples: [1, 2, 2, 3, 4, 1, 5],
		timeDeltas: [5000, 1000, 1000, 500, 500, 9000, 7000]
	};

	it('adds up self time per function, busiest first, idle and unattributed time left out', () => {
		expect(hotspots(profile)).toEqual([
			{ fn: 'a', where: 'x.js:1', selfMs: 2, share: 2 / 3 },
			{ fn: 'b', where: 'x.js:1', selfMs: 0.5, share: 0.5 / 3 },
			{ fn: '(garbage collector)', where: '', selfMs: 0.5, share: 0.5 / 3 }
		]);
	});

	it('adds several profiles up', () => {
		expect(hotspots([profile, profile]).map((h) => [h.fn, h.selfMs])).toEqual([
			['a', 4],
			['b', 1],
			['(garbage collector)', 1]
		]);
	});

	it('names sources through the resolver', () => {
		const resolve = (_url: string, _line: number, column: number) =>
			column === 5 ? { source: 'src/lib/A.svelte', line: 20, name: 'render' } : null;
		expect(hotspots(profile, resolve, 1)).toEqual([
			{ fn: 'render', where: 'src/lib/A.svelte:21', selfMs: 2, share: 2 / 3 }
		]);
	});
});

import { describe, expect, it } from 'vitest';
import { edgeDegrees, maxShared, readableThreshold, themeEdges } from './networkEdges';
import { sampleAtlas } from './testing/sampleAtlas';

const ids = sampleAtlas.places.map((p) => p.id);
const themesOf = (id: string) => new Set(sampleAtlas.themesByPlace.get(id) ?? []);

describe('themeEdges', () => {
	it('joins each pair of places that share a theme, once', () => {
		expect(themeEdges(ids, themesOf)).toEqual([
			{ source: 'alpha', target: 'beta', shared: ['a', 'b'] },
			{ source: 'alpha', target: 'gamma', shared: ['a', 'b'] },
			{ source: 'alpha', target: 'sao-paulo', shared: ['c'] },
			{ source: 'beta', target: 'gamma', shared: ['a', 'b'] }
		]);
	});

	it.each([
		[0, 4],
		[1, 4],
		[2, 3],
		[3, 0]
	])('with at least %i shared themes: %i edges', (min, count) => {
		expect(themeEdges(ids, themesOf, min)).toHaveLength(count);
	});

	it('gives no edge to a place with no theme in common', () => {
		expect(
			themeEdges(ids, themesOf).some((e) => e.source === 'delta' || e.target === 'delta')
		).toBe(false);
	});
});

describe('maxShared', () => {
	it.each([
		[themeEdges(ids, themesOf), 2],
		[[], 0]
	])('%#', (edges, expected) => {
		expect(maxShared(edges)).toBe(expected);
	});
});

describe('readableThreshold', () => {
	const edges = themeEdges(ids, themesOf);
	// 4 edges share at least 1 theme, 3 share at least 2.
	it.each([
		[6, 2, 1],
		[4, 1, 1],
		[3, 1, 2],
		[1, 1, 2] // even the largest threshold leaves too many: it is the best there is
	])('%i places, at most %i edges each: %i', (nodes, perNode, expected) => {
		expect(readableThreshold(edges, nodes, perNode)).toBe(expected);
	});

	it('is 1 without edges', () => {
		expect(readableThreshold([], 10)).toBe(1);
	});
});

describe('edgeDegrees', () => {
	it('counts the edges at each place', () => {
		expect(Object.fromEntries(edgeDegrees(themeEdges(ids, themesOf)))).toEqual({
			alpha: 3,
			beta: 2,
			gamma: 2,
			'sao-paulo': 1
		});
	});
});

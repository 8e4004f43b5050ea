import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { themesByPlaceArbitrary } from '$lib/analysis/testing/themesByPlaceArbitrary';
import { byCodeUnits } from '$lib/analysis/byCodeUnits';
import { indexAtlas, type Atlas } from '$lib/data/atlas';
import { readDataDir } from '$lib/server/dataDir';
import {
	cooperationLinks,
	MAX_SHARED_ARCS,
	placesSharingThemes,
	sharedThemeArcs
} from './linkFeatures';

async function load(dir: string): Promise<Atlas> {
	const { data } = await readDataDir(dir);
	if (!data) throw new Error(`invalid test data in ${dir}`);
	return indexAtlas(data);
}

describe('cooperationLinks', () => {
	it('draws every link of the dataset from who leads to who takes part, with one arrow each', async () => {
		const atlas = await load('data');
		const { arcs, arrows } = cooperationLinks(atlas);
		expect(arcs.features.map((f) => f.properties?.id)).toEqual(atlas.links.map((l) => l.id));
		expect(arrows.features).toHaveLength(atlas.links.length);
		for (const [i, link] of atlas.links.entries()) {
			const [from, to] = [atlas.placeById.get(link.from)!, atlas.placeById.get(link.to)!];
			const line = arcs.features[i]!.geometry.coordinates;
			expect(line[0]).toEqual([from.lon, from.lat]);
			expect(line.at(-1)![0]).toBeCloseTo(to.lon, 3);
			expect(line.at(-1)![1]).toBeCloseTo(to.lat, 3);
			expect(typeof arrows.features[i]!.properties?.bearing).toBe('number');
		}
	});
});

describe('placesSharingThemes', () => {
	const themes = new Map([
		['a', ['gender', 'inclusion', 'monitoring']],
		['b', ['gender', 'inclusion']],
		['c', ['monitoring']],
		['d', ['procurement']],
		['e', []]
	]);

	it.each([
		[
			'a',
			[
				{ id: 'b', count: 2 },
				{ id: 'c', count: 1 }
			]
		],
		['b', [{ id: 'a', count: 2 }]],
		['d', []],
		['e', []],
		['unknown', []]
	])('%s', (place, expected) => {
		expect(placesSharingThemes(themes, place)).toEqual(expected);
	});

	it('gives the first of that order when limited, as counting and sorting every place does', () => {
		fc.assert(
			fc.property(themesByPlaceArbitrary, fc.nat(12), (themesByPlace, limit) => {
				for (const placeId of themesByPlace.keys()) {
					const own = new Set(themesByPlace.get(placeId));
					const everyOne = [...themesByPlace]
						.filter(([id]) => id !== placeId)
						.map(([id, list]) => ({ id, count: list.filter((t) => own.has(t)).length }))
						.filter((p) => p.count > 0)
						.sort((a, b) => b.count - a.count || byCodeUnits(a.id, b.id));
					expect(placesSharingThemes(themesByPlace, placeId, limit)).toEqual(
						everyOne.slice(0, limit)
					);
				}
			})
		);
	});
});

describe('sharedThemeArcs', () => {
	it('links the selected place to each place sharing themes, weighted by the number shared', async () => {
		const atlas = await load('tests/fixtures/small');
		const arcs = sharedThemeArcs(atlas, 'seine-saint-denis');
		expect(arcs.features.map((f) => f.properties)).toEqual([
			{ from: 'seine-saint-denis', to: 'jenin', count: 1 }
		]);
	});

	it('draws only the places sharing the most themes, at most MAX_SHARED_ARCS of them', async () => {
		const atlas = await load('data');
		const [busiest] = [...atlas.themesByPlace].sort((a, b) => b[1].length - a[1].length)[0]!;
		const sharing = placesSharingThemes(atlas.themesByPlace, busiest);
		expect(sharing.length).toBeGreaterThan(3);
		expect(sharing.length).toBeLessThanOrEqual(MAX_SHARED_ARCS);
		expect(sharedThemeArcs(atlas, busiest).features).toHaveLength(sharing.length);
		const top = sharedThemeArcs(atlas, busiest, 3).features.map((f) => f.properties);
		expect(top).toEqual(
			sharing.slice(0, 3).map(({ id, count }) => ({ from: busiest, to: id, count }))
		);
	});

	it('draws nothing when no place is selected', async () => {
		const atlas = await load('tests/fixtures/small');
		expect(sharedThemeArcs(atlas, null).features).toEqual([]);
	});
});

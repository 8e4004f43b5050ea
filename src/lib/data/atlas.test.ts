import { describe, expect, it } from 'vitest';
import { readDataDir } from '$lib/server/dataDir';
import { indexAtlas } from './atlas';

describe('indexAtlas', () => {
	it('in development and the tests, any change to the shared data throws', async () => {
		expect(import.meta.env.DEV).toBe(true);
		const { data } = await readDataDir('data');
		const atlas = indexAtlas(data!);
		const practice = atlas.practices[0]!;
		const writable = practice as unknown as { title: { en: string }; themes: string[] };
		expect(() => (writable.title.en = 'changed')).toThrow(TypeError);
		expect(() => writable.themes.push('another')).toThrow(TypeError);
		expect(() => (atlas.places as unknown[]).pop()).toThrow(TypeError);
		expect(Object.isFrozen(atlas)).toBe(true);
	});

	it('indexes places, themes and practices by place', async () => {
		const { data } = await readDataDir('data');
		const atlas = indexAtlas(data!);
		expect(atlas.placeById.get('utrecht')?.id).toBe('utrecht');
		const utrecht = atlas.practicesByPlace.get('utrecht')!;
		expect(utrecht.length).toBeGreaterThan(0);
		expect(utrecht.every((p) => p.place === 'utrecht')).toBe(true);
		const themes = new Set(utrecht.flatMap((p) => p.themes));
		expect(new Set(atlas.themesByPlace.get('utrecht'))).toEqual(themes);
	});
});

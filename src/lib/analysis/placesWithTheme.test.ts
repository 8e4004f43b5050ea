import { describe, expect, it } from 'vitest';
import { placesWithTheme } from './placesWithTheme';
import { sampleAtlas } from './testing/sampleAtlas';

const sets = new Map([...sampleAtlas.themesByPlace].map(([id, themes]) => [id, new Set(themes)]));

describe('placesWithTheme', () => {
	it.each([
		['a', ['alpha', 'beta', 'gamma']],
		['d', ['delta']],
		['zzz', []]
	])('%s → %j', (theme, expected) => {
		expect([...placesWithTheme(sets, theme)]).toEqual(expected);
	});
});

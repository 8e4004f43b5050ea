import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages.js';
import { translate } from '$lib/i18n';
import type { Lang } from '$lib/data/types';
import { panelAtlas } from '$lib/panels/testing/panelAtlas';
import { placeLines, practiceIndexEntries } from './practiceIndexEntries';

const entriesIn = (lang: Lang, ids = ['leda', 'nuno']) =>
	practiceIndexEntries(
		panelAtlas,
		ids.map((id) => panelAtlas.placeById.get(id)!),
		(id) => panelAtlas.practicesByPlace.get(id) ?? [],
		lang
	);

const linesIn = (
	lang: Lang,
	practicesOf = (id: string) => panelAtlas.practicesByPlace.get(id) ?? []
) =>
	placeLines(panelAtlas, practicesOf, lang, (message, params) => translate(lang, message, params), {
		one: m.n_practices_one,
		other: m.n_practices_other
	});

describe('practiceIndexEntries', () => {
	it('writes each place with its practices, in the order given', () => {
		const [leda, nuno] = entriesIn('en');
		expect(leda!.id).toBe('leda');
		expect(leda!.name).toEqual({ text: 'Leda', lang: undefined });
		expect(leda!.practices.map((p) => p.id)).toEqual([
			'leda-observatory',
			'leda-plan',
			'leda-buying'
		]);
		expect(leda!.practices[0]).toMatchObject({
			title: { text: 'Observatory of violence', lang: undefined },
			summary: { text: 'Counts and follows every case.', lang: undefined }
		});
		expect(leda!.practices[0]!.themes).toContain(' · ');
		expect(nuno!.id).toBe('nuno');
		expect(entriesIn('en', ['nuno', 'leda']).map((e) => e.id)).toEqual(['nuno', 'leda']);
	});

	it('marks the English a translation falls back to, and only that', () => {
		const [leda, nuno] = entriesIn('fr');
		expect(leda!.practices[0]!.title).toEqual({
			text: 'Observatoire des violences',
			lang: undefined
		});
		expect(leda!.practices[0]!.summary).toEqual({
			text: 'Counts and follows every case.',
			lang: 'en'
		});
		expect(nuno!.name).toEqual({ text: 'Nunó', lang: undefined });
		expect(leda!.name).toEqual({ text: 'Leda', lang: 'en' });
	});
});

describe('placeLines', () => {
	it('writes each place’s country and count', () => {
		expect(linesIn('en')('leda')).toBe('Spain · 3 practices');
		expect(linesIn('fr')('leda')).toBe('Espagne · 3 pratiques');
	});

	it('counts the practices it is given: the matching ones when filters are on', () => {
		const lineOf = linesIn('en', (id) => (panelAtlas.practicesByPlace.get(id) ?? []).slice(0, 1));
		expect(lineOf('leda')).toBe('Spain · 1 practice');
		expect(linesIn('en', () => [])('nuno')).toBe('Brazil · 0 practices');
	});
});

import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages.js';
import { translate } from '$lib/i18n';
import type { Lang } from '$lib/data/types';
import { panelAtlas } from '$lib/panels/testing/panelAtlas';
import { placeLines, practiceIndexEntries, samePlaceLine } from './practiceIndexEntries';

const entriesIn = (lang: Lang, ids = ['leda', 'nuno']) =>
	practiceIndexEntries(
		panelAtlas,
		ids.map((id) => panelAtlas.placeById.get(id)!),
		(id) => panelAtlas.practicesByPlace.get(id) ?? [],
		lang
	);

const linesIn = (
	lang: Lang,
	matching: ReadonlySet<string>,
	practicesOf = (id: string) => panelAtlas.practicesByPlace.get(id) ?? []
) =>
	placeLines(
		panelAtlas,
		matching,
		practicesOf,
		lang,
		(message, params) => translate(lang, message, params),
		{ one: m.n_practices_one, other: m.n_practices_other }
	);

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
	it('shows the matching places, each with its country and count', () => {
		const lineOf = linesIn('en', new Set(['leda']));
		expect(lineOf('leda')).toEqual({ shown: true, meta: 'Spain · 3 practices' });
		expect(lineOf('nuno').shown).toBe(false);
		expect(linesIn('fr', new Set(['leda']))('leda').meta).toBe('Espagne · 3 pratiques');
	});

	it('counts the practices it is given: the matching ones when filters are on', () => {
		const lineOf = linesIn('en', new Set(['leda']), (id) =>
			(panelAtlas.practicesByPlace.get(id) ?? []).slice(0, 1)
		);
		expect(lineOf('leda').meta).toBe('Spain · 1 practice');
	});

	it('leaves a place left out with the count it had, so that its hidden line is not rewritten', () => {
		const before = { shown: true, meta: 'Spain · 3 practices' };
		const lineOf = linesIn('en', new Set(['nuno']));
		expect(lineOf('leda', before)).toEqual({ shown: false, meta: 'Spain · 3 practices' });
		const hidden = { shown: false, meta: 'Spain · 3 practices' };
		expect(lineOf('leda', hidden)).toBe(hidden);
	});

	it('tells equal lines apart from changed ones by what they show', () => {
		const line = { shown: true, meta: 'Spain · 3 practices' };
		expect(samePlaceLine(line, { ...line })).toBe(true);
		expect(samePlaceLine(line, { ...line, shown: false })).toBe(false);
		expect(samePlaceLine(line, { ...line, meta: 'Spain · 1 practice' })).toBe(false);
	});
});

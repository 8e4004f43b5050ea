import type { Atlas } from '$lib/data/atlas';
import { localize } from '$lib/data/localize';
import type { Lang, Localized, Place, Practice } from '$lib/data/types';
import { countryName } from '$lib/format';
import type { PluralMessages, Translate } from '$lib/i18n';
import { counted, themeLabel } from '$lib/panels/labels';

/** A text, with the language to mark on it when it is not the page's (an English fallback). */
export interface MarkedText {
	text: string;
	lang: Lang | undefined;
}

export function markedText(text: Localized, lang: Lang): MarkedText {
	const found = localize(text, lang);
	return { text: found.text, lang: found.lang === lang ? undefined : found.lang };
}

export interface PracticeEntry {
	id: string;
	title: MarkedText;
	summary: MarkedText;
	themes: string;
}

export interface PlaceEntry {
	id: string;
	name: MarkedText;
	practices: PracticeEntry[];
}

/**
 * The practice index's entries as text, in the page's language: every place given, with the
 * practices `practicesOf` gives it (the index gives all of them and hides those the filters leave
 * out, so that a filter builds no entry).
 */
export function practiceIndexEntries(
	atlas: Atlas,
	places: readonly Place[],
	practicesOf: (placeId: string) => readonly Practice[],
	lang: Lang
): PlaceEntry[] {
	return places.map((place) => ({
		id: place.id,
		name: markedText(place.name, lang),
		practices: practicesOf(place.id).map((practice) => ({
			id: practice.id,
			title: markedText(practice.title, lang),
			summary: markedText(practice.summary, lang),
			themes: practice.themes.map((theme) => themeLabel(atlas, theme, lang)).join(' · ')
		}))
	}));
}

/**
 * Each place's line under its name, "Country · 5 practices", counting the practices
 * `practicesOf` gives it (the matching ones when filters are on).
 */
export function placeLines(
	atlas: Atlas,
	practicesOf: (placeId: string) => readonly Practice[],
	lang: Lang,
	t: Translate,
	practiceCount: PluralMessages
): (placeId: string) => string {
	// Places share a few counts: each phrase is written once.
	const phrases = new Map<number, string>();
	const phrase = (count: number) => {
		let text = phrases.get(count);
		if (text === undefined) phrases.set(count, (text = counted(t, lang, practiceCount, count)));
		return text;
	};
	return (id) => {
		const place = atlas.placeById.get(id);
		return `${place ? countryName(place.country, lang) : id} · ${phrase(practicesOf(id).length)}`;
	};
}

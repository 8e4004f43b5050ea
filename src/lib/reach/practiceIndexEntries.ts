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

export interface PracticeEntry {
	id: string;
	title: MarkedText;
	summary: MarkedText;
	themes: string;
}

export interface PlaceEntry {
	id: string;
	name: MarkedText;
	/** "Country · 5 practices". */
	meta: string;
	practices: PracticeEntry[];
}

/**
 * The practice index's entries as text, in the page's language. Each entry then reads only
 * itself: at 10,000 places an index whose 50,000 entries each read the page's language removed
 * them one by one from that language's readers, which grows with the square of their number.
 */
export function practiceIndexEntries(
	atlas: Atlas,
	places: readonly Place[],
	practicesOf: (placeId: string) => readonly Practice[],
	lang: Lang,
	t: Translate,
	practiceCount: PluralMessages
): PlaceEntry[] {
	const marked = (text: Localized): MarkedText => {
		const found = localize(text, lang);
		return { text: found.text, lang: found.lang === lang ? undefined : found.lang };
	};
	return places.map((place) => {
		const practices = practicesOf(place.id);
		return {
			id: place.id,
			name: marked(place.name),
			meta: `${countryName(place.country, lang)} · ${counted(t, lang, practiceCount, practices.length)}`,
			practices: practices.map((practice) => ({
				id: practice.id,
				title: marked(practice.title),
				summary: marked(practice.summary),
				themes: practice.themes.map((theme) => themeLabel(atlas, theme, lang)).join(' · ')
			}))
		};
	});
}

import { m } from '$lib/paraglide/messages.js';
import type { Atlas } from '$lib/data/atlas';
import { localText } from '$lib/data/localize';
import type { Lang } from '$lib/data/types';
import { countryName } from '$lib/format';
import type { Translate } from '$lib/i18n';
import { mainThemes } from './placeSymbols';

/** What the tooltip and the accessible name of a place say, in the reader's language. */
export interface PlaceDetails {
	name: string;
	country: string;
	practices: string;
	themes: string[];
}

/** A place's name, country and number of practices: what both the tooltip and its name say. */
function placeSummary(
	atlas: Atlas,
	id: string,
	lang: Lang,
	t: Translate
): Omit<PlaceDetails, 'themes'> | null {
	const place = atlas.placeById.get(id);
	if (!place) return null;
	const count = atlas.practicesByPlace.get(id)?.length ?? 0;
	return {
		name: localText(place.name, lang),
		country: countryName(place.country, lang),
		practices: count === 1 ? t(m.practice_count_one) : t(m.practices_count, { count })
	};
}

export function placeDetails(
	atlas: Atlas,
	id: string,
	lang: Lang,
	t: Translate
): PlaceDetails | null {
	const summary = placeSummary(atlas, id, lang, t);
	return (
		summary && {
			...summary,
			themes: mainThemes(atlas, id).map((theme) =>
				localText(atlas.themeById.get(theme)?.label ?? { en: theme }, lang)
			)
		}
	);
}

/**
 * "Utrecht, Netherlands, 10 practices": the name a screen reader gives a place on the map. Every
 * place on the map asks for it as the page starts, so it counts no themes (at 10,000 places,
 * counting them took about 110 ms of the start-up).
 */
export function placeAriaLabel(
	view: { atlas: Atlas; lang: Lang; t: Translate },
	id: string
): string {
	const summary = placeSummary(view.atlas, id, view.lang, view.t);
	return summary ? `${summary.name}, ${summary.country}, ${summary.practices}` : id;
}

import { m } from '$lib/paraglide/messages.js';
import type { Atlas } from '$lib/data/atlas';
import { localize, localText } from '$lib/data/localize';
import type { Lang, RegionId } from '$lib/data/types';
import type { Message, PluralMessages, Translate } from '$lib/i18n';
import { formatNumber, perLang } from '$lib/format';

export const REGION_MESSAGES: Record<RegionId, Message> = {
	africa: m.region_africa,
	'latin-america': m.region_latin_america,
	europe: m.region_europe,
	'middle-east-western-asia': m.region_middle_east_western_asia
};

/** A region's name; an id the data does not know is shown as it is. */
export const regionLabel = (t: Translate, region: string) => {
	const message = REGION_MESSAGES[region as RegionId] as Message | undefined;
	return message ? t(message) : region;
};

export const themeLabel = (atlas: Atlas, id: string, lang: Lang) =>
	localText(atlas.themeById.get(id)?.label ?? { en: id }, lang);

export const groupLabel = (atlas: Atlas, id: string, lang: Lang) =>
	localText(atlas.groupById.get(id)?.label ?? { en: id }, lang);

export function placeName(atlas: Atlas, id: string, lang: Lang) {
	const place = atlas.placeById.get(id);
	return place ? localize(place.name, lang) : { text: id, lang };
}

const pluralRules = perLang((lang) => new Intl.PluralRules(lang));

/**
 * A counted phrase: `{ one: m.n_places_one, other: m.n_places_other }` + 5 → "5 places". English,
 * French and Spanish need only `one` and `other` (French counts 0 as one, as Intl.PluralRules says).
 */
export function counted(t: Translate, lang: Lang, forms: PluralMessages, count: number): string {
	const form = pluralRules(lang).select(count) === 'one' ? forms.one : forms.other;
	// Written as the language writes numbers: "1,234 places", "1 234 lieux".
	return t(form, { count: formatNumber(count, lang) });
}

/** How much matches the filters: "13 places, 40 practices". */
export const resultSummary = (t: Translate, lang: Lang, places: number, practices: number) =>
	t(m.result_summary, {
		places: counted(t, lang, { one: m.n_places_one, other: m.n_places_other }, places),
		practices: counted(t, lang, { one: m.n_practices_one, other: m.n_practices_other }, practices)
	});

/** "label: value", with the language's spacing before the colon (French: "Public : Femmes"). */
export const labelled = (t: Translate, label: string, value: string) =>
	`${t(m.label_colon, { label })} ${value}`;

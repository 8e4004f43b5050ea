import type { Atlas } from '$lib/data/atlas';
import { localize, localText } from '$lib/data/localize';
import type { Lang } from '$lib/data/types';
import type { MessageKey, MessageParams } from '$lib/i18n';
import { perLang } from '$lib/format';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Message key of an enum value: `region` + `latin-america` → `region_latin_america`. */
export const enumKey = (prefix: string, value: string) =>
	`${prefix}_${value.replaceAll('-', '_')}` as MessageKey;

export const regionLabel = (t: Translate, region: string) => t(enumKey('region', region));

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
 * A counted phrase: `count_places` + 5 → the message `count_places_other` ("5 places"). English,
 * French and Spanish need only `one` and `other` (French counts 0 as one, as Intl.PluralRules says).
 */
export function counted(t: Translate, lang: Lang, key: string, count: number): string {
	const form = pluralRules(lang).select(count) === 'one' ? 'one' : 'other';
	return t(`${key}_${form}` as MessageKey, { count });
}

/** "label: value", with the language's spacing before the colon (French: "Public : Femmes"). */
export const labelled = (t: Translate, label: string, value: string) =>
	`${t('label_colon', { label })} ${value}`;

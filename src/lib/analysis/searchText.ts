import type { Atlas } from '$lib/data/atlas';
import type { Lang, Localized } from '$lib/data/types';
import { foldText } from './foldText';

/** Folded text of every place name and practice, in one language and in English. */
export interface SearchText {
	readonly place: ReadonlyMap<string, string>;
	readonly practice: ReadonlyMap<string, string>;
}

// Folding is the slow part of a search: do it once per atlas and language, not per keystroke.
const cache = new WeakMap<Atlas, Map<Lang, SearchText>>();

const both = (text: Localized, lang: Lang) =>
	foldText(lang === 'en' || !text[lang] ? text.en : `${text[lang]} ${text.en}`);

export function searchText(atlas: Atlas, lang: Lang): SearchText {
	let byLang = cache.get(atlas);
	if (!byLang) cache.set(atlas, (byLang = new Map()));
	let text = byLang.get(lang);
	if (!text) {
		text = {
			place: new Map(atlas.places.map((p) => [p.id, both(p.name, lang)])),
			practice: new Map(
				atlas.practices.map((p) => [p.id, `${both(p.title, lang)} ${both(p.summary, lang)}`])
			)
		};
		byLang.set(lang, text);
	}
	return text;
}

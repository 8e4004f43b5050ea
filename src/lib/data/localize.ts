import type { Lang, Localized } from './types';

/** The text in `lang`, or in English with `lang: 'en'` so the page can mark the fallback. */
export function localize(text: Localized, lang: Lang): { text: string; lang: Lang } {
	const wanted = text[lang];
	return wanted ? { text: wanted, lang } : { text: text.en, lang: 'en' };
}

export function localText(text: Localized, lang: Lang): string {
	return text[lang] || text.en;
}

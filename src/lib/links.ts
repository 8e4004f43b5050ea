import { resolve } from '$app/paths';
import type { Lang } from '$lib/data/types';

/** The prerendered address of a place, in the reader's language. */
export function placeHref(id: string, lang: Lang): string {
	return resolve('/[[lang=lang]]/place/[id]', { lang: lang === 'en' ? undefined : lang, id });
}

export function homeHref(lang: Lang): string {
	return resolve('/[[lang=lang]]', { lang: lang === 'en' ? undefined : lang });
}

import { LANGS, type Lang } from '$lib/data/types';

/**
 * The first of the reader's languages (`navigator.languages`, most wanted first) that the site
 * speaks, by its primary subtag (`fr-CA` → `fr`); null when none is.
 */
export function preferredLang(languages: readonly string[]): Lang | null {
	for (const tag of languages) {
		const primary = tag.toLowerCase().split(/[-_]/)[0];
		const found = LANGS.find((lang) => lang === primary);
		if (found) return found;
	}
	return null;
}

/**
 * Whether an address chooses its language itself, by a leading `/fr` or `/es` (or `/en`) segment
 * under `base`, or by `?lang=`. Only an address that does not may follow the browser's language.
 */
export function addressNamesLang(
	address: { pathname: string; search: string },
	base = ''
): boolean {
	const rest =
		base && address.pathname.startsWith(base)
			? address.pathname.slice(base.length)
			: address.pathname;
	const first = rest.split('/').filter(Boolean)[0];
	if ((LANGS as readonly (string | undefined)[]).includes(first)) return true;
	return new URLSearchParams(address.search).has('lang');
}

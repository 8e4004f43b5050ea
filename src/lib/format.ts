import type { Lang } from '$lib/data/types';

const regionNames = new Map<Lang, Intl.DisplayNames>();

/** Country name from its ISO code, in the reader's language (built into every browser and Node). */
export function countryName(code: string, lang: Lang): string {
	let names = regionNames.get(lang);
	if (!names) {
		names = new Intl.DisplayNames([lang], { type: 'region' });
		regionNames.set(lang, names);
	}
	return names.of(code) ?? code;
}

/** A YYYY-MM-DD date written out in the reader's language, without time-zone drift. */
export function formatDate(isoDate: string, lang: Lang): string {
	const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(Date.UTC(y, m - 1, d))
	);
}

export function formatNumber(value: number, lang: Lang): string {
	return new Intl.NumberFormat(lang).format(value);
}

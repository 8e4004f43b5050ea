import type { Lang } from '$lib/data/types';

/** One formatter per language and kind: building one costs far more than using it. */
export function perLang<T>(make: (lang: Lang) => T): (lang: Lang) => T {
	const made = new Map<Lang, T>();
	return (lang) => {
		let value = made.get(lang);
		if (value === undefined) made.set(lang, (value = make(lang)));
		return value;
	};
}

const regionNames = perLang((lang) => new Intl.DisplayNames([lang], { type: 'region' }));
const longDates = perLang(
	(lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })
);
const numbers = perLang((lang) => new Intl.NumberFormat(lang));
// Names are asked for again and again (list, tooltips, labels), and each look-up is slow.
const countryNames = new Map<string, string>();

/** Country names by language and ISO code. */
export type CountryNames = Partial<Record<Lang, Record<string, string>>>;

/**
 * The names of `codes` in every language, as this runtime's Intl writes them. The build sends those
 * of the data's countries with each page: the browser then shows the names the prerendered page
 * shows, without building Intl.DisplayNames (about 25 ms on a laptop) while the page starts.
 */
export function countryNamesOf(codes: Iterable<string>, langs: readonly Lang[]): CountryNames {
	const unique = [...new Set(codes)];
	return Object.fromEntries(
		langs.map((lang) => [lang, Object.fromEntries(unique.map((c) => [c, countryName(c, lang)]))])
	);
}

/** Names to use before asking Intl (see countryNamesOf). */
export function useCountryNames(names: CountryNames) {
	for (const [lang, byCode] of Object.entries(names))
		for (const [code, name] of Object.entries(byCode ?? {}))
			countryNames.set(`${lang} ${code}`, name);
}

/** Country name from its ISO code, in the reader's language (built into every browser and Node). */
export function countryName(code: string, lang: Lang): string {
	const key = `${lang} ${code}`;
	let name = countryNames.get(key);
	if (name === undefined) countryNames.set(key, (name = regionNames(lang).of(code) ?? code));
	return name;
}

// A place's panel writes the same few dates (its sources', its events') on every selection, and
// each formatting costs far more than a look-up.
const writtenDates = new Map<string, string>();

/** A YYYY-MM-DD date written out in the reader's language, without time-zone drift. */
export function formatDate(isoDate: string, lang: Lang): string {
	const key = `${lang} ${isoDate}`;
	let written = writtenDates.get(key);
	if (written === undefined) {
		const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
		written = longDates(lang).format(new Date(Date.UTC(y, m - 1, d)));
		writtenDates.set(key, written);
	}
	return written;
}

/**
 * A number as the language writes it. Whole numbers below 1,000 are written with plain digits in
 * English, French and Spanish alike, so they skip Intl.NumberFormat, whose first use costs about
 * 20 ms of a page's start-up (every count on the page is such a number at today's data).
 */
export function formatNumber(value: number, lang: Lang): string {
	if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
	return numbers(lang).format(value);
}

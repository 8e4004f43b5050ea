import type { Fact, Lang } from '$lib/data/types';
import { formatNumber, perLang } from '$lib/format';

const percents = perLang(
	(lang) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 2 })
);

/**
 * How a figure of the source is shown: its number written in the reader's language with its
 * qualifier kept ("more than 26,000" stays a lower bound), or, when the source's figure could not
 * be read as a number, the source's own words and nothing guessed.
 */
export type FactValue =
	| { kind: 'number'; text: string; qualifier: Fact['qualifier'] }
	| { kind: 'as-written'; text: string };

export function factValue(
	fact: Pick<Fact, 'value' | 'unit' | 'qualifier' | 'raw' | 'flag'>,
	lang: Lang
): FactValue {
	if (fact.flag === 'malformed' || fact.value === null || !Number.isFinite(fact.value))
		return { kind: 'as-written', text: fact.raw };
	const text =
		fact.unit === 'percent'
			? percents(lang).format(fact.value / 100)
			: fact.unit === 'year'
				? String(fact.value)
				: formatNumber(fact.value, lang);
	return { kind: 'number', text, qualifier: fact.qualifier };
}

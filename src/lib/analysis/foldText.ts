/**
 * Text folded for searching: without accents, in lower case, with every run of punctuation and
 * spaces turned into one space ("São Paulo" → "sao paulo", "Seine-Saint-Denis" → "seine saint denis").
 */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** The words of a search query, folded; empty when the query holds no letter or digit. */
export function searchTokens(query: string): string[] {
	const folded = foldText(query);
	return folded ? folded.split(' ') : [];
}

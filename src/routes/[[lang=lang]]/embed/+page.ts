import type { EntryGenerator } from './$types';

/** `/embed`, `/fr/embed`, `/es/embed`: the language in the path gives a right first paint. */
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'fr' }, { lang: 'es' }];

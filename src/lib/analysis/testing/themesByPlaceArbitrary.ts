import fc from 'fast-check';

/** Places with short ids, each working on a few of five themes: enough for ties and overlaps. */
export const themesByPlaceArbitrary = fc
	.dictionary(
		fc.string({ minLength: 1, maxLength: 3 }),
		fc.uniqueArray(fc.constantFrom('t1', 't2', 't3', 't4', 't5'))
	)
	.map((places) => new Map(Object.entries(places)));

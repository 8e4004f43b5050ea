import { describe, expect, it } from 'vitest';
import { oneLine } from './plainText';

describe('oneLine', () => {
	const cases: [string, number, string][] = [
		['Cities', 10, 'Cities'],
		['  a \n\t b  ', 10, 'a b'],
		['<b>x</b>', 10, '<b>x</b>'],
		['Right\u202eto left', 20, 'Right to left'],
		['a\u2066b\u2069c\u200fd\ufeffe', 20, 'a b c d e'],
		['nul\u0000byte\u0085', 20, 'nul byte'],
		['x'.repeat(50), 40, 'x'.repeat(40)],
		['😀😀😀', 2, '😀😀'],
		['ab   ', 3, 'ab'],
		['\u202e\u202e', 5, '']
	];
	it.each(cases)('%j (max %i) → %j', (input, max, expected) => {
		expect(oneLine(input, max)).toBe(expected);
	});
});

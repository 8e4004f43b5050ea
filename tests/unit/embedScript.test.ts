import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

const source = readFileSync('static/embed.js', 'utf8');

/** Parse errors of a script for the given ECMAScript version, through ESLint's parser. */
function parseErrors(code: string, ecmaVersion: 2017 | 2020): string[] {
	const messages = new Linter().verify(code, {
		languageOptions: { ecmaVersion, sourceType: 'script' },
		rules: {}
	});
	return messages.filter((message) => message.fatal).map((message) => message.message);
}

describe('static/embed.js', () => {
	it('is plain ES2017, as the oldest browsers of host pages need', () => {
		expect(parseErrors(source, 2017)).toEqual([]);
	});

	it('would be caught using newer syntax', () => {
		expect(parseErrors('var a = b?.c;', 2017)).not.toEqual([]);
		expect(parseErrors('try { f(); } catch { g(); }', 2017)).not.toEqual([]);
		expect(parseErrors('var a = b?.c;', 2020)).toEqual([]);
	});

	it('stays small', () => {
		expect(gzipSync(source).length).toBeLessThan(3000);
	});

	it('is documented at the top', () => {
		const header = source.slice(0, source.indexOf('(function'));
		for (const word of [
			'data-hrc-embed',
			'hrc:size',
			'hrc:view',
			'hrc:select',
			'hrc:filter',
			'HRCMap.select'
		])
			expect(header).toContain(word);
	});
});

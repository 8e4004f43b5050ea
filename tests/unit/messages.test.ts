import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = 'messages';
const langs = ['en', 'fr', 'es'];
const files = readdirSync(join(root, 'en')).filter((f) => f.endsWith('.json'));

function keys(lang: string, file: string): Record<string, string> {
	const json = JSON.parse(readFileSync(join(root, lang, file), 'utf8')) as Record<string, string>;
	delete json.$schema;
	return json;
}

/** Paraglide compiles silently with missing messages; these tests are what fails instead. */
describe('messages', () => {
	it('has message files', () => {
		expect(files).toContain('common.json');
		expect(Object.keys(keys('en', 'common.json')).length).toBeGreaterThan(10);
	});

	for (const file of files)
		for (const lang of langs.slice(1))
			it(`${lang}/${file} has every key of en/${file}, and no other`, () => {
				expect(Object.keys(keys(lang, file)).sort()).toEqual(Object.keys(keys('en', file)).sort());
			});

	for (const lang of langs)
		it(`${lang}: no empty message, same {placeholders} as English`, () => {
			for (const file of files) {
				const en = keys('en', file);
				for (const [key, text] of Object.entries(keys(lang, file))) {
					expect(text.trim(), `${lang}/${file} ${key}`).not.toBe('');
					const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
					expect(names(text), `${lang}/${file} ${key}`).toEqual(names(en[key] ?? ''));
				}
			}
		});

	it('a key exists in one file only', () => {
		const seen = new Map<string, string>();
		for (const file of files)
			for (const key of Object.keys(keys('en', file))) {
				expect(seen.get(key), `${key} in ${file} and ${seen.get(key)}`).toBeUndefined();
				seen.set(key, file);
			}
	});

	it('every message is used: the site names each one where it shows it (m.key)', () => {
		const used = new Set<string>();
		// A failed browser test leaves a folder named after its file (__screenshots__/x.test.ts/).
		for (const entry of readdirSync('src', { recursive: true, withFileTypes: true }))
			if (entry.isFile() && /\.(svelte|ts)$/.test(entry.name)) {
				const path = join(entry.parentPath, entry.name);
				if (path.startsWith(join('src', 'lib', 'paraglide'))) continue;
				for (const [, key] of readFileSync(path, 'utf8').matchAll(/\bm\.(\w+)/g)) used.add(key!);
			}
		const unused = files.flatMap((file) =>
			Object.keys(keys('en', file)).filter((key) => !used.has(key))
		);
		expect(unused).toEqual([]);
	});
});

/**
 * Data is only ever rendered as text: no `{@html}` and no other HTML or code sink anywhere in
 * src/ (Svelte escapes everything else).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const SINKS: [string, RegExp][] = [
	['{@html}', /\{\s*@html\b/],
	['innerHTML / outerHTML', /\b(inner|outer)HTML\b/],
	['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
	['setHTML (MapLibre popups, Sanitizer API)', /\bsetHTML(Unsafe)?\b/],
	['document.write', /\bdocument\.write(ln)?\b/],
	['eval / new Function', /\beval\s*\(|\bnew\s+Function\s*\(/],
	['createContextualFragment', /\bcreateContextualFragment\b/]
];

/** Every sink found in a text, by name. */
function sinksIn(text: string): string[] {
	return SINKS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

test.each([
	['<p>{@html place.name}</p>', ['{@html}']],
	['<p>{ @html x }</p>', ['{@html}']],
	['el.innerHTML = name;', ['innerHTML / outerHTML']],
	['new Popup().setHTML(name)', ['setHTML (MapLibre popups, Sanitizer API)']],
	['eval (code)', ['eval / new Function']],
	['<p>{place.name}</p> el.textContent = name; popup.setText(name)', []]
])('the scan finds sinks: %s', (text, found) => {
	expect(sinksIn(text)).toEqual(found);
});

test('no HTML or code sink in src/', () => {
	const files = (readdirSync('src', { recursive: true }) as string[]).filter(
		(file) =>
			/\.(svelte|ts|js)$/.test(file) &&
			!file.startsWith(join('lib', 'paraglide')) &&
			// Screenshot folders of component tests are named after their test file.
			statSync(join('src', file)).isFile()
	);
	expect(files.length).toBeGreaterThan(20);
	const found = files.flatMap((file) =>
		sinksIn(readFileSync(join('src', file), 'utf8')).map((sink) => `src/${file}: ${sink}`)
	);
	expect(found).toEqual([]);
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
	containsMapLibre,
	firstPaintJs,
	scriptsNamedBy,
	staticImportsOf
} from '../../scripts/bench/firstPaintJs';

describe('scriptsNamedBy', () => {
	it.each([
		{
			html: '<link href="./a.js" rel="modulepreload"><link rel="stylesheet" href="./s.css">',
			expected: ['./a.js']
		},
		{
			html: `<link rel='modulepreload' href='/b.js'><script type="module" src="./c.js"></script>`,
			expected: ['/b.js', './c.js']
		},
		{
			html: '<link rel="modulepreload" href="./e/start.js"><script>Promise.all([import("./e/start.js"), import("./e/app.js")])</script>',
			expected: ['./e/start.js', './e/app.js']
		},
		{
			html: '<script>const x = "import(\'./not-a-module.css\')"</script><p>no scripts</p>',
			expected: []
		}
	])('finds $expected', ({ html, expected }) => {
		expect(scriptsNamedBy(html)).toEqual(expected);
	});
});

describe('staticImportsOf', () => {
	it('finds the modules a minified script imports or re-exports statically, not the lazy ones', () => {
		const code =
			'import"../chunks/a.js";import{t as f}from"../chunks/b.js";export{x}from"./c.js";' +
			'const m=()=>import("./lazy.js");import * as all from "./d.mjs"';
		expect(staticImportsOf(code)).toEqual([
			'../chunks/a.js',
			'../chunks/b.js',
			'./c.js',
			'./d.mjs'
		]);
	});
});

describe('firstPaintJs', () => {
	const dir = mkdtempSync(join(tmpdir(), 'first-paint-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const entry = 'export const start = () => document.body.append("hello");\n'.repeat(20);
	const map =
		'class GPUInitializationError extends Error { message = "WebGL2 is required to display this map." }';
	mkdirSync(join(dir, '_app'), { recursive: true });
	mkdirSync(join(dir, 'place'), { recursive: true });
	writeFileSync(join(dir, '_app/entry.js'), entry);
	writeFileSync(join(dir, '_app/map.js'), map);
	writeFileSync(
		join(dir, 'index.html'),
		'<link href="./_app/entry.js" rel="modulepreload"><script>import("./_app/entry.js")</script>'
	);
	writeFileSync(
		join(dir, 'eager.html'),
		'<link href="./_app/entry.js" rel="modulepreload"><link href="./_app/map.js" rel="modulepreload">'
	);
	writeFileSync(join(dir, 'place/one.html'), '<link href="../_app/entry.js" rel="modulepreload">');
	writeFileSync(join(dir, 'broken.html'), '<link href="./_app/gone.js" rel="modulepreload">');

	it('weighs each script raw and gzipped, and adds them up', () => {
		const result = firstPaintJs(dir);
		expect(result.scripts).toEqual([
			{ file: '_app/entry.js', raw: entry.length, gzip: gzipSync(entry).length, maplibre: false }
		]);
		expect(result.gzip).toBe(gzipSync(entry).length);
		expect(result.gzip).toBeLessThan(result.raw);
	});

	it('flags a script that holds MapLibre', () => {
		expect(firstPaintJs(dir, 'eager.html').scripts.map((s) => [s.file, s.maplibre])).toEqual([
			['_app/entry.js', false],
			['_app/map.js', true]
		]);
	});

	it('resolves scripts of pages in sub-folders', () => {
		expect(firstPaintJs(dir, 'place/one.html').scripts.map((s) => s.file)).toEqual([
			'_app/entry.js'
		]);
	});

	it('counts a module a named script imports, though the page does not name it', () => {
		writeFileSync(join(dir, '_app/node.js'), 'import{start}from"./entry.js";start();');
		writeFileSync(join(dir, 'node.html'), '<link href="./_app/node.js" rel="modulepreload">');
		expect(firstPaintJs(dir, 'node.html').scripts.map((s) => s.file)).toEqual([
			'_app/node.js',
			'_app/entry.js'
		]);
	});

	it('fails loudly when a named script is missing', () => {
		expect(() => firstPaintJs(dir, 'broken.html')).toThrow(/gone\.js/);
	});

	it('tells MapLibre from code that only names it', () => {
		expect(containsMapLibre('import("./MapLibreMap.js"); const maplibre = 1;')).toBe(false);
		expect(containsMapLibre(map)).toBe(true);
	});
});

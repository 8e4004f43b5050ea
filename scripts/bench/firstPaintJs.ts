/**
 * The JavaScript a built page needs for its first paint: every script it names itself (script
 * src, link rel=modulepreload, and the entry modules its inline start-up script imports), weighed
 * raw and gzipped, each flagged when it holds MapLibre. Lazily imported chunks are not named by
 * the HTML, so MapLibre loaded after first paint never shows up here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bytesBySource, type SourceMap } from './profile';

export interface ScriptWeight {
	/** Path from the build folder. */
	file: string;
	raw: number;
	gzip: number;
	maplibre: boolean;
}

export interface FirstPaintJs {
	page: string;
	scripts: ScriptWeight[];
	raw: number;
	gzip: number;
}

/** Strings found only in MapLibre's own code (its Map class and its DOM), not in the app's. */
const MAPLIBRE_MARKERS = ['WebGL2 is required to display this map', 'maplibregl-canvas-container'];

export const containsMapLibre = (code: string) =>
	MAPLIBRE_MARKERS.some((marker) => code.includes(marker));

/** Script URLs a page names itself, in order, without duplicates. */
export function scriptsNamedBy(html: string): string[] {
	const urls: string[] = [];
	for (const tag of html.match(/<link\b[^>]*>/gi) ?? [])
		if (/\brel=["']?modulepreload\b/i.test(tag))
			urls.push(/\bhref=["']([^"']+)["']/i.exec(tag)?.[1] ?? '');
	for (const tag of html.match(/<script\b[^>]*\bsrc=["'][^"']+["'][^>]*>/gi) ?? [])
		urls.push(/\bsrc=["']([^"']+)["']/i.exec(tag)![1]!);
	for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? [])
		for (const match of script.matchAll(/\bimport\(\s*["']([^"']+\.m?js)["']\s*\)/g))
			urls.push(match[1]!);
	return [...new Set(urls.filter(Boolean))];
}

/**
 * Relative modules a script imports statically (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`): the browser needs them before the script runs, named in the page or
 * not. Lazy `import("./x.js")` is left out.
 */
export function staticImportsOf(code: string): string[] {
	const found = code.matchAll(
		/(?:^|[;\s}])(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.m?js)["']/g
	);
	return [...new Set([...found].map((match) => match[1]!))];
}

/**
 * Weighs the first-paint JavaScript of one page of a build (default: the home page): the scripts
 * it names and every module they import statically.
 */
export function firstPaintJs(buildDir: string, page = 'index.html'): FirstPaintJs {
	const root = resolve(buildDir);
	const pagePath = join(root, page);
	const html = readFileSync(pagePath, 'utf8');
	const paths = scriptsNamedBy(html).map((url) => {
		const path = resolve(
			dirname(pagePath),
			url.split(/[?#]/)[0]!.replace(/^\//, `${relative(dirname(pagePath), root) || '.'}/`)
		);
		if (!existsSync(path)) throw new Error(`${page} names ${url}, which is not in ${buildDir}`);
		return path;
	});
	const scripts: ScriptWeight[] = [];
	const seen = new Set(paths);
	for (let i = 0; i < paths.length; i++) {
		const path = paths[i]!;
		const code = readFileSync(path);
		const text = code.toString('utf8');
		scripts.push({
			file: relative(root, path),
			raw: code.length,
			gzip: gzipSync(code).length,
			maplibre: containsMapLibre(text)
		});
		for (const url of staticImportsOf(text)) {
			const imported = resolve(dirname(path), url);
			if (seen.has(imported) || !existsSync(imported)) continue;
			seen.add(imported);
			paths.push(imported);
		}
	}
	return {
		page,
		scripts,
		raw: scripts.reduce((n, s) => n + s.raw, 0),
		gzip: scripts.reduce((n, s) => n + s.gzip, 0)
	};
}

export interface SourceWeight {
	source: string;
	raw: number;
	/** Its share of each script's gzipped size, by raw bytes: an estimate. */
	gzip: number;
}

/**
 * What the first-paint JavaScript is made of, by original source, from the build's source maps
 * (bench builds have them); empty when there are none.
 */
export function firstPaintSources(buildDir: string, js: FirstPaintJs): SourceWeight[] {
	const weights = new Map<string, SourceWeight>();
	for (const script of js.scripts) {
		const path = join(resolve(buildDir), script.file);
		if (!existsSync(`${path}.map`)) continue;
		const code = readFileSync(path, 'utf8');
		const map = JSON.parse(readFileSync(`${path}.map`, 'utf8')) as SourceMap;
		for (const [source, raw] of bytesBySource(code, map)) {
			const weight = weights.get(source) ?? { source, raw: 0, gzip: 0 };
			weight.raw += raw;
			weight.gzip += (raw / script.raw) * script.gzip;
			weights.set(source, weight);
		}
	}
	return [...weights.values()].sort((a, b) => b.gzip - a.gzip);
}

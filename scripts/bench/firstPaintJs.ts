/**
 * The JavaScript a built page needs for its first paint: every script it names itself (script
 * src, link rel=modulepreload, and the entry modules its inline start-up script imports), weighed
 * raw and gzipped, each flagged when it holds MapLibre. Lazily imported chunks are not named by
 * the HTML, so MapLibre loaded after first paint never shows up here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

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

/** Weighs the first-paint JavaScript of one page of a build (default: the home page). */
export function firstPaintJs(buildDir: string, page = 'index.html'): FirstPaintJs {
	const root = resolve(buildDir);
	const pagePath = join(root, page);
	const html = readFileSync(pagePath, 'utf8');
	const scripts = scriptsNamedBy(html).map((url): ScriptWeight => {
		const path = resolve(
			dirname(pagePath),
			url.split(/[?#]/)[0]!.replace(/^\//, `${relative(dirname(pagePath), root) || '.'}/`)
		);
		if (!existsSync(path)) throw new Error(`${page} names ${url}, which is not in ${buildDir}`);
		const code = readFileSync(path);
		return {
			file: relative(root, path),
			raw: code.length,
			gzip: gzipSync(code).length,
			maplibre: containsMapLibre(code.toString('utf8'))
		};
	});
	return {
		page,
		scripts,
		raw: scripts.reduce((n, s) => n + s.raw, 0),
		gzip: scripts.reduce((n, s) => n + s.gzip, 0)
	};
}

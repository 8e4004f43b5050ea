import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] }} ManifestChunk
 */

/**
 * The chunks of `manifest` in the order SvelteKit meets them from `entry` (depth first, each once,
 * a chunk's imports before its lazy imports), each marked as met through imports only or not.
 * @param {Record<string, ManifestChunk>} manifest
 * @param {string} entry
 * @returns {Map<string, boolean>} chunk → met as an import (true) or as a lazy import (false)
 */
export function kitVisitOrder(manifest, entry) {
	/** @type {Map<string, boolean>} */
	const met = new Map();
	/** @type {(key: string, eager: boolean) => void} */
	const visit = (key, eager) => {
		const chunk = manifest[key];
		if (met.has(key) || !chunk) return;
		met.set(key, eager);
		for (const next of chunk.imports ?? []) visit(next, eager);
		for (const next of chunk.dynamicImports ?? []) visit(next, false);
	};
	visit(entry, true);
	return met;
}

/**
 * Each entry's `imports`, ordered so that SvelteKit meets every chunk the entry imports (directly
 * or through other chunks) as an import before it meets it as a lazy import. SvelteKit visits a
 * chunk once: a place's page imports the place panel, which the explorer also imports lazily,
 * and met lazily first, the panel's style sheet was neither inlined in the prerendered page nor
 * its code preloaded (the panel showed unstyled until its code ran, and for good without
 * JavaScript). The entry's list gains chunks it imports anyway, through others.
 * @param {Record<string, ManifestChunk>} manifest
 * @returns {Record<string, ManifestChunk>} the same manifest, changed in place
 */
export function listStaticImportsFirst(manifest) {
	for (const [key, chunk] of Object.entries(manifest)) {
		if (!chunk.isEntry || !chunk.imports?.length) continue;
		// Everything the entry imports, found through imports alone.
		/** @type {Set<string>} */
		const closure = new Set();
		/** @param {string} k */
		const reach = (k) => {
			if (closure.has(k) || !manifest[k]) return;
			closure.add(k);
			for (const next of manifest[k].imports ?? []) reach(next);
		};
		for (const k of chunk.imports) reach(k);
		// Those met lazily first go to the front, until none is. Lazy imports both ways between
		// two of them would make that go round: then the order that left the fewest is kept.
		const lateIn = (/** @type {string[]} */ order) => {
			chunk.imports = order;
			const met = kitVisitOrder(manifest, key);
			return [...closure].filter((k) => met.get(k) === false);
		};
		let best = chunk.imports;
		let fewest = lateIn(best).length;
		let order = [...closure];
		for (let round = 0; round <= closure.size && fewest > 0; round++) {
			const late = lateIn(order);
			if (late.length < fewest) [best, fewest] = [order, late.length];
			order = [...late, ...order.filter((k) => !late.includes(k))];
		}
		chunk.imports = best;
	}
	return manifest;
}

/**
 * Rewrites the browser build's manifest as above, before SvelteKit reads it to inline the style
 * sheets of prerendered pages.
 * @returns {import('vite').Plugin}
 */
export function staticImportsFirstPlugin() {
	return {
		name: 'static-imports-first',
		apply: 'build',
		writeBundle(options) {
			const file = join(options.dir ?? '', '.vite/manifest.json');
			// Only the browser's build: the server's manifest is walked from each component already.
			if (this.environment?.config.consumer === 'server' || !existsSync(file)) return;
			const manifest = JSON.parse(readFileSync(file, 'utf8'));
			writeFileSync(file, JSON.stringify(listStaticImportsFirst(manifest), null, 2));
		}
	};
}

const EMPTY = '\0client-only-url';

/**
 * Asset URLs that only the browser uses (`…?url` imports matching `pattern`) resolve to an empty
 * string in the server build. Otherwise the server build emits its own copy of the file, and
 * SvelteKit copies that into the site beside the browser's: MapLibre's 71 KB style sheet twice.
 * @param {RegExp} pattern
 * @returns {import('vite').Plugin}
 */
export function clientOnlyUrlPlugin(pattern) {
	return {
		name: 'client-only-url',
		enforce: 'pre',
		resolveId(id, _importer, options) {
			if (options?.ssr && id.endsWith('?url') && pattern.test(id)) return EMPTY;
		},
		load(id) {
			if (id === EMPTY) return 'export default "";';
		}
	};
}

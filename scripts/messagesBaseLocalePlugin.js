/**
 * Paraglide's compiled messages fall back to `getLocale()` when called without a locale. This site
 * passes one to every message (src/lib/i18n.ts), and with the `baseLocale` strategy (vite.config.ts)
 * `getLocale()` returns the base locale anyway. Pointing the fallback at `baseLocale` itself lets
 * the bundler leave out `getLocale` and all it reads (address patterns, cookies, custom
 * strategies): about 1.1 KB gzip of every page's first paint. If paraglide's output changes shape,
 * the build fails rather than ship the messages unchanged.
 */

const MESSAGE_FILE = /\/paraglide\/messages\/[^/]+\.js$/;
const IMPORT = "import { getLocale, experimentalStaticLocale } from '../runtime.js';";
const FALLBACK = 'options.locale ?? getLocale()';

/**
 * A compiled message with its fallback locale made the base locale; other code as it is.
 * @param {string} code
 * @param {string} id
 * @returns {string | null} null when the file is not a message
 */
export function withBaseLocaleFallback(code, id) {
	if (!MESSAGE_FILE.test(id.replace(/\?.*/s, '')) || !code.includes('getLocale')) return null;
	const parts = code.split(FALLBACK);
	if (!code.includes(IMPORT) || parts.length !== 2)
		throw new Error(`${id}: paraglide's compiled message changed shape; see ${import.meta.url}`);
	const result = parts
		.join('options.locale ?? baseLocale')
		.replace(IMPORT, "import { baseLocale, experimentalStaticLocale } from '../runtime.js';");
	if (result.includes('getLocale'))
		throw new Error(`${id}: getLocale is still used; see ${import.meta.url}`);
	return result;
}

/** @returns {import('vite').Plugin} */
export function messagesBaseLocalePlugin() {
	return {
		name: 'messages-base-locale',
		transform(code, id) {
			const result = withBaseLocaleFallback(code, id);
			return result === null ? undefined : { code: result, map: null };
		}
	};
}

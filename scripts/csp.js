/**
 * The site's Content-Security-Policy, in SvelteKit's format (keywords without quotes). SvelteKit
 * writes it, with the SHA-256 hash of each page's one inline script, into a <meta> tag of every
 * prerendered page; README.md ("Content-Security-Policy") explains each directive.
 */
/** @type {Record<string, string[]>} */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	// Scripts: files of the site, plus the page's inline start-up script by hash. No eval, no wasm.
	'script-src': ['self'],
	// Style attributes are needed by SvelteKit's route announcer and Svelte's style: directives;
	// <style> elements and style sheets must come from the site.
	'style-src': ['self', 'unsafe-inline'],
	'style-src-elem': ['self'],
	// MapLibre's style sheet draws its control icons as data: SVG images.
	'img-src': ['self', 'data:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	// MapLibre's worker is a file of the site; the Share dialog previews /embed in a frame.
	'worker-src': ['self'],
	'child-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

const KEYWORDS = new Set([
	'self',
	'none',
	'unsafe-inline',
	'unsafe-eval',
	'unsafe-hashes',
	'strict-dynamic',
	'wasm-unsafe-eval'
]);

/**
 * `default-src 'self'; …`: directives as a header or meta tag writes them.
 * @param {Record<string, string[]>} directives
 */
export function formatCsp(directives) {
	return Object.entries(directives)
		.map(([name, values]) =>
			[
				name,
				...values.map((v) => (KEYWORDS.has(v) || /^(sha256|nonce)-/.test(v) ? `'${v}'` : v))
			].join(' ')
		)
		.join('; ');
}

/**
 * The policy SvelteKit wrote into a prerendered page, or null.
 * @param {string} html
 */
export function metaCsp(html) {
	const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
	return match ? match[1] : null;
}

/**
 * Who may frame a page: anyone for the embed, only the site itself for the rest.
 * @param {string} pathname the path inside the site (after any sub-path)
 */
export function frameAncestors(pathname) {
	return /^(\/(fr|es))?\/embed(\.html)?$/.test(pathname) ? '*' : "'self'";
}

/**
 * The header for one HTML page: the page's own policy (with its script hash) plus what a meta
 * tag cannot carry, `frame-ancestors`.
 * @param {string} html
 * @param {string} pathname
 */
export function pageCspHeader(html, pathname) {
	const policy = metaCsp(html);
	return `${policy ? `${policy}; ` : ''}frame-ancestors ${frameAncestors(pathname)}`;
}

import type { Handle } from '@sveltejs/kit';
import { isLang } from '$lib/i18n';

/** Prerendered pages under /fr and /es carry their language in <html lang>. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = isLang(event.params.lang) ? event.params.lang : 'en';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};

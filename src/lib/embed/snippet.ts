import type { Lang } from '$lib/data/types';
import { BAR_HEIGHT, embedParamsToSearch, type EmbedParams, type EmbedShow } from './embedParams';
import { defaultQuery, serialiseQuery, type ViewQuery } from '$lib/state/urlQuery';

/**
 * Addresses and HTML snippets for the Share / Embed dialog. Pure: the caller passes the site's
 * absolute root address (from `location` and the relative base), so they work under any sub-path.
 */

export interface EmbedChoice extends Partial<EmbedParams> {
	lang: Lang;
	place: string | null;
	/** The view's filters, which the embed shows as the explorer does. */
	filters?: Pick<ViewQuery, 'themes' | 'match' | 'regions' | 'groups' | 'q'>;
}

/** What an editor chooses in the Share / Embed dialog. */
export interface ShareChoice {
	show: EmbedShow;
	height: number;
	lang: Lang;
	title: string;
}

/** `https://host/sub/fr/embed?place=…&show=…`: the language in the path, so first paint is right. */
export function embedUrl(siteRoot: string, choice: EmbedChoice): string {
	const { lang, place, filters, ...params } = choice;
	// The view's keys are written as the explorer writes them; the language is in the path.
	const defaults = { place: null, lang };
	const view = serialiseQuery(
		{
			...defaultQuery(defaults),
			...(filters && {
				themes: filters.themes,
				match: filters.match,
				regions: filters.regions,
				groups: filters.groups,
				q: filters.q
			}),
			place
		},
		defaults
	);
	const search = new URLSearchParams([
		...new URLSearchParams(view),
		...embedParamsToSearch(params)
	]);
	const query = search.toString();
	return new URL(`${lang === 'en' ? '' : `${lang}/`}embed${query ? `?${query}` : ''}`, siteRoot)
		.href;
}

/** The frame height that shows an embed at rest without scrolling: its map plus its bars. */
export function frameHeight(params: Pick<EmbedParams, 'height' | 'title'>): number {
	return params.height + BAR_HEIGHT + (params.title ? BAR_HEIGHT : 0);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

export function escapeAttribute(value: string): string {
	return value.replace(/[&"<>]/g, (char) => ESCAPES[char]!);
}

export interface SnippetInput {
	src: string;
	/** The frame's accessible name. */
	title: string;
	height: number;
}

/** An iframe of fixed height: works on any page, even where scripts are not allowed. */
export function plainSnippet({ src, title, height }: SnippetInput): string {
	return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" height="${height}" style="width:100%;border:0" loading="lazy"></iframe>`;
}

/** The iframe marked for embed.js, which then sizes it to its content. */
export function scriptSnippet(input: SnippetInput, scriptUrl: string): string {
	return `${plainSnippet(input).replace('<iframe ', '<iframe data-hrc-embed ')}\n<script async src="${escapeAttribute(scriptUrl)}"></script>`;
}

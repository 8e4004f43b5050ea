import { escapeHtml } from '$lib/html';

/** A text and, when it is not in the page's language (a fallback), the language it is in. */
export interface IndexText {
	text: string;
	lang?: string;
}

export interface IndexPractice {
	id: string;
	title: IndexText;
	summary: IndexText;
	/** Its themes, written out. */
	themes: string;
}

export interface IndexPlace {
	id: string;
	name: IndexText;
	/** Country and number of practices, written out. */
	meta: string;
	practices: readonly IndexPractice[];
	/** Whether the reader has its entry open. */
	open: boolean;
}

const attribute = (name: string, value: string | undefined) =>
	value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`;
const element = (tag: string, text: IndexText, extra = '') =>
	`<${tag}${attribute('lang', text.lang)}${extra}>${escapeHtml(text.text)}</${tag}>`;

/**
 * The practice index's entries as HTML: one disclosure per place, its practices inside. Written as
 * a string rather than as Svelte markup because it is the largest part of the page and has nothing
 * to listen to: the browser takes the prerendered entries as they are instead of hydrating them
 * node by node, and a change of filters writes them anew. Every text and value is escaped.
 */
export function practiceIndexHtml(places: readonly IndexPlace[]): string {
	let html = '';
	for (const place of places) {
		html += `<details${attribute('data-place-entry', place.id)}${place.open ? ' open' : ''}><summary>`;
		html += `${element('h3', place.name)}<span class="meta">${escapeHtml(place.meta)}</span></summary><ul>`;
		for (const practice of place.practices)
			html +=
				`<li${attribute('data-practice-entry', practice.id)}>${element('h4', practice.title)}` +
				`${element('p', practice.summary)}<p class="meta">${escapeHtml(practice.themes)}</p></li>`;
		html += '</ul></details>';
	}
	return html;
}

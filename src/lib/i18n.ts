import { LANGS, type Lang } from '$lib/data/types';

export type MessageParams = Record<string, string | number>;

/**
 * A message compiled by paraglide from messages/{lang}/*.json. Each part of the site imports the
 * messages it shows (`import { m } from '$lib/paraglide/messages.js'`), so that a part loaded later
 * brings its own messages and the first paint carries only its own.
 */
export type Message = (inputs: never, options: { locale: Lang }) => string;

/** `t(m.key, params)`: a message in the language at hand. */
export type Translate = (message: Message, params?: MessageParams) => string;

/** Messages of the plural forms English, French and Spanish need. */
export interface PluralMessages {
	one: Message;
	other: Message;
}

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function translate(lang: Lang, message: Message, params: MessageParams = {}): string {
	return (message as unknown as (inputs: MessageParams, options: { locale: Lang }) => string)(
		params,
		{ locale: lang }
	);
}

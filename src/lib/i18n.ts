import { m } from '$lib/paraglide/messages.js';
import { LANGS, type Lang } from '$lib/data/types';

export type MessageKey = Exclude<keyof typeof m, symbol>;
export type MessageParams = Record<string, string | number>;

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** A message in the given language; messages are compiled by paraglide from messages/{lang}/*.json. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
	const message = m[key] as unknown as (inputs: MessageParams, options: { locale: Lang }) => string;
	return message(params, { locale: lang });
}

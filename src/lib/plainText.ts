/**
 * Text from an address or a message, made safe to show on one line: control characters, line and
 * paragraph separators, zero-width characters and bidirectional overrides and isolates (which could
 * make the text around them read backwards) become spaces; runs of spaces shrink to one; at most
 * `max` characters (code points, so an emoji is never cut in half). Svelte still renders it as text.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

export function oneLine(value: string, max: number): string {
	const clean = value.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
	return [...clean].slice(0, max).join('').trim();
}

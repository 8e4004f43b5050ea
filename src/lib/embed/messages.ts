import * as v from 'valibot';
// Only the pattern: the data's schemas (with every country code) have no place in the browser.
import { KEBAB } from '$lib/data/types';
import { mayBeOurs } from './envelope';

/**
 * The messages an embed and its host page exchange with `postMessage`. Each is a small plain
 * object whose `type` starts with `hrc:`; anything else is not for us and is ignored. Limits are
 * generous for real use and small enough that a hostile page cannot make the embed do much work.
 *
 * Host → embed: `hrc:select`, `hrc:filter`. Embed → host: `hrc:size`, `hrc:view`.
 * `static/embed.js` checks the embed → host shapes again in plain JavaScript; the README documents both.
 */

export const LIMITS = { id: 64, list: 50, q: 200, url: 2048, height: 100_000 } as const;

const id = v.pipe(v.string(), v.maxLength(LIMITS.id), v.regex(KEBAB));

/** Whether a value is written like a record id (kebab-case, at most LIMITS.id characters). */
export function isId(value: unknown): value is string {
	return v.is(id, value);
}
// The length is checked before the items, so a huge array costs one comparison.
const shortArray = v.custom<unknown[]>(
	(input) => Array.isArray(input) && input.length <= LIMITS.list
);
const ids = v.pipe(shortArray, v.array(id));

const SelectMessage = v.strictObject({
	type: v.literal('hrc:select'),
	/** A place id, or null to close the place. */
	place: v.nullable(id)
});

const FilterMessage = v.strictObject({
	type: v.literal('hrc:filter'),
	themes: v.optional(ids),
	regions: v.optional(ids),
	groups: v.optional(ids),
	q: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.q))),
	match: v.optional(v.picklist(['any', 'all']))
});

const HostMessage = v.variant('type', [SelectMessage, FilterMessage]);

const SizeMessage = v.strictObject({
	type: v.literal('hrc:size'),
	height: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(LIMITS.height))
});

const ViewMessage = v.strictObject({
	type: v.literal('hrc:view'),
	/** The full site's address of the current view, for a deep link. */
	url: v.pipe(v.string(), v.maxLength(LIMITS.url), v.url()),
	place: v.nullable(id)
});

const EmbedMessage = v.variant('type', [SizeMessage, ViewMessage]);

export type HostMessage = v.InferOutput<typeof HostMessage>;
export type SelectMessage = v.InferOutput<typeof SelectMessage>;
export type FilterMessage = v.InferOutput<typeof FilterMessage>;
export type EmbedMessage = v.InferOutput<typeof EmbedMessage>;
export type SizeMessage = v.InferOutput<typeof SizeMessage>;
export type ViewMessage = v.InferOutput<typeof ViewMessage>;

function parseWith<T>(schema: v.GenericSchema<unknown, T>, data: unknown): T | null {
	if (!mayBeOurs(data)) return null;
	const result = v.safeParse(schema, data, { abortEarly: true });
	return result.success ? result.output : null;
}

/** A valid command from the host page, or null for anything else. */
export function parseHostMessage(data: unknown): HostMessage | null {
	return parseWith(HostMessage, data);
}

/** A valid message from an embed, or null. */
export function parseEmbedMessage(data: unknown): EmbedMessage | null {
	return parseWith(EmbedMessage, data);
}

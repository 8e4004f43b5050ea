/**
 * What every message between an embed and its host starts with, and the embed's own messages.
 * Kept apart from the schemas in `messages.ts`, which load with the first message from the host
 * rather than with the embed's first paint.
 */

export const MESSAGE_PREFIX = 'hrc:';

/**
 * Whether data could be one of ours: the cheap rejection of the many foreign messages a page
 * receives (other widgets, extensions), before any schema is loaded or run.
 */
export function mayBeOurs(data: unknown): boolean {
	if (typeof data !== 'object' || data === null) return false;
	const type = (data as { type?: unknown }).type;
	return typeof type === 'string' && type.startsWith(MESSAGE_PREFIX);
}

export function sizeMessage(height: number) {
	return { type: 'hrc:size', height: Math.ceil(height) } as const;
}

export function viewMessage(url: string, place: string | null) {
	return { type: 'hrc:view', url, place } as const;
}

import type { Problem } from './types';

/**
 * Characters that would let a cell break the one-line report or drive the terminal: controls
 * (line breaks, escape sequences), bidirectional overrides, line separators, byte-order marks.
 */
const UNPRINTABLE =
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

function escapeUnprintable(text: string): string {
	return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A cell as a message shows it: at most `max` characters, every unprintable one escaped. */
export function printable(value: string, max = 40): string {
	const short =
		value.length > max
			? `${Array.from(value.slice(0, 2 * max))
					.slice(0, max)
					.join('')}…`
			: value;
	return escapeUnprintable(short);
}

/** A cell quoted in a message: `"gendr"`. */
export function quote(value: string, max = 40): string {
	return `"${printable(value, max)}"`;
}

/** `practices.csv:14 themes: unknown theme "gendr" (did you mean "gender"?)`, always one line. */
export function formatProblem(p: Problem): string {
	const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
	const column = p.column ? ` ${p.column}` : '';
	const hint = p.hint ? ` (${p.hint})` : '';
	return escapeUnprintable(`${where}${column}: ${p.message}${hint}`);
}

export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			(a.column ?? '').localeCompare(b.column ?? '')
	);
}

import type { Problem } from './types';

/** `practices.csv:14 themes: unknown theme "gendr" (did you mean "gender"?)` */
export function formatProblem(p: Problem): string {
	const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
	const column = p.column ? ` ${p.column}` : '';
	const hint = p.hint ? ` (${p.hint})` : '';
	return `${where}${column}: ${p.message}${hint}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? '').localeCompare(b.column ?? '')
	);
}

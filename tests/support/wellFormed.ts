import { expect } from 'vitest';
import type { BuildResult } from '../../src/lib/data/buildAtlas';
import { formatProblem } from '../../src/lib/data/problems';
import { DATA_FILES, type DataFile } from '../../src/lib/data/types';
import { matches, type Case } from './mutations';

const FILE_NAMES = DATA_FILES.map((file) => `${file}.csv`);
/** Problems about a whole file carry line 0; every other problem points at a line of the file. */
const WHOLE_FILE = /^(is missing|is empty|cannot be read\b.*)$/;

const linesOf = (text: unknown) =>
	typeof text === 'string' ? (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1 : Infinity;

/**
 * The checker's answer is usable whatever the input: data xor problems, and each problem names a
 * data file and a line inside it, in a message short enough to read.
 */
export function expectWellFormed(
	result: BuildResult,
	texts: Partial<Record<DataFile, unknown>> = {}
) {
	expect(Array.isArray(result.problems)).toBe(true);
	if (result.data === null) expect(result.problems.length).toBeGreaterThan(0);
	else expect(result.problems).toEqual([]);
	for (const problem of result.problems) {
		expect(FILE_NAMES).toContain(problem.file);
		expect(Number.isInteger(problem.line), formatProblem(problem)).toBe(true);
		if (WHOLE_FILE.test(problem.message)) expect(problem.line, formatProblem(problem)).toBe(0);
		else {
			expect(problem.line, formatProblem(problem)).toBeGreaterThanOrEqual(1);
			expect(problem.line, formatProblem(problem)).toBeLessThanOrEqual(
				linesOf(texts[problem.file.slice(0, -4) as DataFile])
			);
		}
		expect(problem.message.trim()).not.toBe('');
		expect(formatProblem(problem).length, formatProblem(problem).slice(0, 300)).toBeLessThan(400);
	}
}

/** The mutation's own problems are reported (and, when exact, nothing else). */
export function expectCase(result: BuildResult, c: Case) {
	expectWellFormed(result, c.texts);
	expect(result.data, c.kind).toBeNull();
	const shown = () =>
		`${c.kind}: expected ${JSON.stringify(c.expected, (_, v) => (v instanceof RegExp ? String(v) : v))}\ngot ${result.problems.map(formatProblem).join('\n')}`;
	for (const e of c.expected)
		expect(
			result.problems.some((p) => matches(p, e)),
			shown()
		).toBe(true);
	if (c.exact) expect(result.problems.length, shown()).toBe(c.expected.length);
}

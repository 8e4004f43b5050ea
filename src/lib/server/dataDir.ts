import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildAtlas, type BuildResult } from '../data/buildAtlas';
import { sortProblems } from '../data/problems';
import { DATA_FILES, type DataFile, type Problem } from '../data/types';

/** The data folder: `ATLAS_DATA_DIR` when set, else `data/` of the project. */
export function dataDir(): string {
	return resolve(process.env.ATLAS_DATA_DIR || 'data');
}

/** Length of the longest start of `bytes` that is valid UTF-8 (a sequence cut at its end counts). */
export function validUtf8Prefix(bytes: Uint8Array): number {
	let [lo, hi] = [0, bytes.length];
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
			lo = mid;
		} catch {
			hi = mid - 1;
		}
	}
	return lo;
}

/** 1-based line of byte `offset`, counting LF, CRLF and lone CR as line breaks. */
export function lineAtByte(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++)
		if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
	return line;
}

type Read = { text: string } | { problem: Omit<Problem, 'file'> } | { missing: true };

async function readText(path: string): Promise<Read> {
	let bytes: Buffer;
	try {
		bytes = await readFile(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return { missing: true };
		return {
			problem: {
				line: 0,
				message: `cannot be read (${code ?? 'unknown error'})`,
				hint: 'it must be a readable file'
			}
		};
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		// Point at the first bad byte: a valid U+FFFD earlier in the file must not mislead.
		return {
			problem: {
				line: lineAtByte(bytes, validUtf8Prefix(bytes)),
				message: 'is not valid UTF-8',
				hint: 'save it again as "CSV UTF-8"'
			}
		};
	}
}

/** Reads and validates every data file of a folder. Never throws. */
export async function readDataDir(dir = dataDir()): Promise<BuildResult> {
	const texts: Partial<Record<DataFile, string>> = {};
	const readProblems: Problem[] = [];
	await Promise.all(
		DATA_FILES.map(async (file) => {
			const read = await readText(join(dir, `${file}.csv`));
			if ('text' in read) texts[file] = read.text;
			else if ('problem' in read) {
				readProblems.push({ file: `${file}.csv`, ...read.problem });
				texts[file] = '';
			}
		})
	);
	const result = buildAtlas(texts);
	if (!readProblems.length) return result;
	// An unreadable file also shows up as empty: keep only the reading problem for it.
	const unreadable = new Set(readProblems.map((p) => p.file));
	return {
		data: null,
		problems: sortProblems([
			...readProblems,
			...result.problems.filter((p) => !unreadable.has(p.file))
		])
	};
}

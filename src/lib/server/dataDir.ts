import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildAtlas, type BuildResult } from '../data/buildAtlas';
import { DATA_FILES, type DataFile } from '../data/types';

/** The data folder: `ATLAS_DATA_DIR` when set, else `data/` of the project. */
export function dataDir(): string {
	return resolve(process.env.ATLAS_DATA_DIR || 'data');
}

async function readText(path: string): Promise<{ text?: string; invalidUtf8Line?: number }> {
	let bytes: Buffer;
	try {
		bytes = await readFile(path);
	} catch {
		return {};
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		const loose = new TextDecoder('utf-8').decode(bytes);
		const before = loose.slice(0, Math.max(0, loose.indexOf('\ufffd')));
		return { invalidUtf8Line: before.split(/\r\n|\r|\n/).length };
	}
}

/** Reads and validates every data file of a folder. Never throws. */
export async function readDataDir(dir = dataDir()): Promise<BuildResult> {
	const texts: Partial<Record<DataFile, string>> = {};
	const encodingProblems: BuildResult['problems'] = [];
	await Promise.all(
		DATA_FILES.map(async (file) => {
			const { text, invalidUtf8Line } = await readText(join(dir, `${file}.csv`));
			if (invalidUtf8Line !== undefined) {
				encodingProblems.push({ file: `${file}.csv`, line: invalidUtf8Line, message: 'is not valid UTF-8', hint: 'save it again as "CSV UTF-8"' });
				texts[file] = '';
			} else texts[file] = text;
		})
	);
	const result = buildAtlas(texts);
	if (!encodingProblems.length) return result;
	// An unreadable file also shows up as empty: keep only the encoding message for it.
	const unreadable = new Set(encodingProblems.map((p) => p.file));
	return { data: null, problems: [...encodingProblems, ...result.problems.filter((p) => !unreadable.has(p.file))] };
}

import { relative } from 'node:path';
import { formatProblem } from '../data/problems';
import type { AtlasData } from '../data/types';
import { dataDir, readDataDir } from './dataDir';

export interface DataCheck {
	data: AtlasData | null;
	/** What `npm run data:check` prints: a one-line summary, or every problem and a last line. */
	report: string;
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Checks a data folder; the build and `npm run data:check` print the same report. */
export async function checkDataDir(dir = dataDir()): Promise<DataCheck> {
	const { data, problems } = await readDataDir(dir);
	const where = relative(process.cwd(), dir) || '.';
	if (!data) {
		const last = `${where}: ${count(problems.length, 'problem')}; nothing was published.`;
		return { data, report: [...problems.map(formatProblem), '', last].join('\n') };
	}
	const counts = [
		count(data.places.length, 'place'),
		count(data.practices.length, 'practice'),
		count(data.themes.length, 'theme'),
		count(data.groups.length, 'group'),
		count(data.links.length, 'link'),
		count(data.facts.length, 'fact'),
		count(data.statements.length, 'statement'),
		count(data.events.length, 'event'),
		count(data.sources.length, 'source')
	];
	return { data, report: `${where}: OK — ${counts.join(', ')}` };
}

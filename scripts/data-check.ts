/**
 * `npm run data:check`: validates the data folder (ATLAS_DATA_DIR or data/).
 * Exit 0 with a one-line summary, or 1 with every problem, one per line.
 */
import { relative } from 'node:path';
import { formatProblem } from '../src/lib/data/problems';
import { dataDir, readDataDir } from '../src/lib/server/dataDir';

const dir = dataDir();
const { data, problems } = await readDataDir(dir);
const where = relative(process.cwd(), dir) || '.';

if (!data) {
	for (const problem of problems) console.error(formatProblem(problem));
	console.error(`\n${where}: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was published.`);
	process.exit(1);
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
console.log(
	`${where}: OK — ${[
		count(data.places.length, 'place'),
		count(data.practices.length, 'practice'),
		count(data.themes.length, 'theme'),
		count(data.groups.length, 'group'),
		count(data.links.length, 'link'),
		count(data.facts.length, 'fact'),
		count(data.statements.length, 'statement'),
		count(data.events.length, 'event'),
		count(data.sources.length, 'source')
	].join(', ')}`
);

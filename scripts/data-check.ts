/**
 * `npm run data:check`: validates the data folder (ATLAS_DATA_DIR or data/).
 * Exit 0 with a one-line summary, or 1 with every problem, one per line.
 */
import { checkDataDir } from '../src/lib/server/dataCheck';

const { data, report } = await checkDataDir();
if (data) console.log(report);
else {
	console.error(report);
	process.exit(1);
}

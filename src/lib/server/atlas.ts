import { dev } from '$app/environment';
import { formatProblem } from '$lib/data/problems';
import type { AtlasData } from '$lib/data/types';
import { dataDir, readDataDir } from './dataDir';

let published: Promise<AtlasData> | undefined;

/**
 * The validated data for the build. Throws with every problem when the data is invalid, which
 * stops the prerender: nothing invalid is ever shipped.
 */
export function loadPublishedData(): Promise<AtlasData> {
	// In development every page load reads the files again, so edits show on reload.
	if (dev) published = undefined;
	published ??= readDataDir().then(({ data, problems }) => {
		if (data) return data;
		throw new Error(
			`The data in ${dataDir()} has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`
		);
	});
	return published;
}

/**
 * `npm start`: checks the data, builds the static site and serves it, printing its address.
 * ATLAS_DATA_DIR points it at another data folder; PORT changes the port (default 4173).
 */
import { spawnSync } from 'node:child_process';
import { serve } from './serve.js';

function run(command, args) {
	const result = spawnSync(command, args, {
		stdio: 'inherit',
		shell: process.platform === 'win32'
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['tsx', 'scripts/data-check.ts']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
const { url } = await serve({
	dir: process.env.ATLAS_BUILD_DIR || 'build',
	port: Number(process.env.PORT || 4173)
});
console.log(`\nThe Human Rights Cities Map is running at ${url}\n(press Ctrl+C to stop)`);

/**
 * Builds the site from a data folder into a temporary folder of its own and serves it on a free
 * port of 127.0.0.1, for end-to-end tests that need another dataset than the default build.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { serve } from '../../scripts/serve.js';

export interface Site {
	dir: string;
	/** Ends with a slash: `http://127.0.0.1:PORT/`. */
	url: string;
	close(): Promise<void>;
}

function build(dataDir: string, buildDir: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(join('node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
			env: { ...process.env, ATLAS_DATA_DIR: dataDir, ATLAS_BUILD_DIR: buildDir },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0
				? resolve()
				: reject(new Error(`vite build of ${dataDir} failed (${code}):\n${output}`))
		);
	});
}

export async function buildSite(dataDir: string): Promise<Site> {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-site-'));
	try {
		await build(dataDir, dir);
	} catch (error) {
		rmSync(dir, { recursive: true, force: true });
		throw error;
	}
	const { server, url } = await serve({ dir, port: 0 });
	return {
		dir,
		url,
		close: async () => {
			await new Promise((done) => server.close(done));
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** Every page of a built site as a path (`/`, `/fr`, `/place/utrecht`…), from its HTML files. */
export function pagesOf(buildDir: string): string[] {
	return (readdirSync(buildDir, { recursive: true }) as string[])
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${file.split(sep).join('/')}`.replace(/(\/index)?\.html$/, '') || '/')
		.sort();
}

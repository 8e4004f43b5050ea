/**
 * `npm run data:check` and `vite build` on real folders: the same report, the right exit codes,
 * and a build that stops before it writes anything when the data is invalid.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The commands as a user runs them: without the variables Vitest sets for itself. */
const userEnv = Object.fromEntries(
	Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))
);

function run(bin: string, args: string[], env: Record<string, string>) {
	const result = spawnSync(join('node_modules', '.bin', bin), args, {
		env: { ...userEnv, ...env },
		encoding: 'utf8',
		timeout: 240_000
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const dataCheck = (dir: string) => run('tsx', ['scripts/data-check.ts'], { ATLAS_DATA_DIR: dir });

const INVALID_REPORT = [
	'events.csv:2 start: "2025-02-30" is not a real calendar date',
	'groups.csv:1 label_en: missing column',
	'groups.csv:1 labl_en: unknown column (did you mean "label_en"?)',
	'links.csv:2 to: unknown place "jenine" (did you mean "jenin"?)',
	'places.csv:2 lat: "152.09" must be between -90 and 90',
	'practices.csv:4 themes: unknown theme "gendr" (did you mean "gender"?)',
	'sources.csv:2 url: "javascript:alert(1)" must be a full http:// or https:// address',
	'',
	'tests/fixtures/invalid: 7 problems; nothing was published.'
];

describe('npm run data:check', () => {
	test.each([
		[
			'data',
			'data: OK — 13 places, 76 practices, 9 themes, 10 groups, 2 links, 10 facts, 6 statements, 3 events, 1 source'
		],
		[
			'tests/fixtures/small',
			'tests/fixtures/small: OK — 3 places, 3 practices, 3 themes, 1 group, 1 link, 0 facts, 0 statements, 1 event, 1 source'
		],
		[
			'tests/fixtures/empty',
			'tests/fixtures/empty: OK — 0 places, 0 practices, 0 themes, 0 groups, 0 links, 0 facts, 0 statements, 0 events, 0 sources'
		],
		[
			'tests/fixtures/hostile',
			'tests/fixtures/hostile: OK — 3 places, 6 practices, 2 themes, 1 group, 1 link, 2 facts, 2 statements, 2 events, 1 source'
		]
	])('%s: exit 0 and a one-line summary', (dir, summary) => {
		const { status, stdout, stderr } = dataCheck(dir);
		expect([status, stderr]).toEqual([0, '']);
		expect(stdout).toBe(`${summary}\n`);
	});

	test('an invalid folder: exit 1 and every problem, one per line', () => {
		const { status, stdout, stderr } = dataCheck('tests/fixtures/invalid');
		expect([status, stdout]).toEqual([1, '']);
		expect(stderr.trimEnd().split('\n')).toEqual(INVALID_REPORT);
	});

	test('a folder that does not exist: exit 1, every file missing', () => {
		const { status, stderr } = dataCheck(join(tmp, 'nowhere'));
		expect(status).toBe(1);
		expect(stderr).toContain(
			'places.csv: is missing (every data file must exist, even with its header row only)'
		);
		expect(stderr).toMatch(/: 9 problems; nothing was published\.\n$/);
	});
});

test('vite build on invalid data fails before writing anything, with the data:check report', () => {
	const out = join(tmp, 'build');
	mkdirSync(out);
	const { status, stdout, stderr } = run('vite', ['build'], {
		ATLAS_DATA_DIR: 'tests/fixtures/invalid',
		ATLAS_BUILD_DIR: out
	});
	expect(status).not.toBe(0);
	const output = stdout + stderr;
	for (const line of INVALID_REPORT.filter(Boolean)) expect(output).toContain(line);
	expect(output).toContain('The data check failed; nothing was built.');
	// Not a single file: no page, no atlas.json, nothing half-written.
	expect(readdirSync(out, { recursive: true })).toEqual([]);
}, 240_000);

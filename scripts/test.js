/**
 * `npm test`: every test. Vitest (unit tests in Node, component tests in Chromium), then
 * Playwright end-to-end tests on the built site in Chromium. Ends with one line that adds up
 * both runners: `N passed, N failed, N skipped`.
 * Needs Debian's Chromium at /usr/bin/chromium (or CHROME_PATH).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
const vitestJson = 'reports/vitest.json';
const playwrightJson = 'reports/playwright.json';
for (const file of [vitestJson, playwrightJson]) rmSync(file, { force: true });

const extra = process.argv.slice(2);
const env = { ...process.env, TZ: 'UTC' };
spawnSync('npm', ['run', '-s', 'i18n'], { stdio: 'inherit' });
const vitest = spawnSync('npx', ['vitest', 'run', ...extra], {
	stdio: 'inherit',
	env: { ...env, VITEST_JSON: vitestJson }
});
const playwright = spawnSync('npx', ['playwright', 'test'], {
	stdio: 'inherit',
	env: { ...env, PLAYWRIGHT_JSON: playwrightJson }
});

function readJson(file) {
	try {
		return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
	} catch {
		return null;
	}
}

let passed = 0;
let failed = 0;
let skipped = 0;
const v = readJson(vitestJson);
if (v) {
	passed += v.numPassedTests ?? 0;
	failed += v.numFailedTests ?? 0;
	skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
} else if (vitest.status !== 0) failed += 1; // the runner itself failed before reporting
const p = readJson(playwrightJson);
if (p?.stats) {
	passed += (p.stats.expected ?? 0) + (p.stats.flaky ?? 0);
	failed += p.stats.unexpected ?? 0;
	skipped += p.stats.skipped ?? 0;
} else if (playwright.status !== 0) failed += 1;

const ok = vitest.status === 0 && playwright.status === 0 && failed === 0 && passed > 0;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);

import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/chromium.js';

const port = Number(process.env.E2E_PORT || 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: 'test-results',
	timeout: 90_000,
	// A 2-core machine building and rendering WebGL in software needs more than the default 5 s.
	expect: { timeout: 15_000 },
	fullyParallel: false,
	workers: 1,
	reporter: process.env.PLAYWRIGHT_JSON
		? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]]
		: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}/`,
		browserName: 'chromium',
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
		screenshot: 'only-on-failure'
	},
	webServer: {
		command: `npx vite build --logLevel warn && node scripts/serve.js --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		stdout: 'pipe'
	}
});

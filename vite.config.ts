import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { clientOnlyUrlPlugin } from './scripts/clientOnlyUrlPlugin.js';
import { dataCheckPlugin } from './scripts/dataCheckPlugin.js';
import { messagesBaseLocalePlugin } from './scripts/messagesBaseLocalePlugin.js';
import { staticImportsFirstPlugin } from './scripts/staticImportsFirstPlugin.js';
import { chromiumArgs, chromiumPath } from './tests/chromium.js';

export default defineConfig({
	plugins: [
		// Invalid data never reaches the bundle, let alone the build folder.
		dataCheckPlugin(),
		// MapLibre's style sheet is loaded by the browser only (src/lib/map/stylesheet.ts).
		clientOnlyUrlPlugin(/maplibre-gl\.css\?url$/),
		// Vitest runs on messages compiled by `npm run i18n` (the plugin's watcher would keep it alive).
		...(process.env.VITEST
			? []
			: [
					paraglideVitePlugin({
						project: './project.inlang',
						outdir: './src/lib/paraglide',
						// The language comes from the view state and is passed to each message; see src/lib/i18n.
						strategy: ['baseLocale'],
						emitTsDeclarations: true
					})
				]),
		// Every message is given its language, so none needs paraglide's language detection.
		messagesBaseLocalePlugin(),
		// Prerendered pages get the style of every component they import (a place's page, its panel).
		staticImportsFirstPlugin(),
		sveltekit()
	],
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	test: {
		expect: { requireAssertions: true },
		// Property-based tests run hundreds of cases; a busy 2-core machine needs more than 5 s.
		testTimeout: 30_000,
		reporters: process.env.VITEST_JSON
			? ['default', ['json', { outputFile: process.env.VITEST_JSON }]]
			: ['default'],
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				extends: './vite.config.ts',
				// Pre-bundling would try to resolve the MapLibre worker import of svelte-maplibre-gl/vite.
				optimizeDeps: { exclude: ['svelte-maplibre-gl', 'maplibre-gl'] },
				test: {
					name: 'component',
					include: ['src/**/*.svelte.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({
							launchOptions: { executablePath: chromiumPath, args: chromiumArgs }
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});

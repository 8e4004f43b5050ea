import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// Data is never rendered as HTML.
			'svelte/no-at-html-tags': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		// In the browser, each `localeCompare` builds a collator: tens of milliseconds per sort on a
		// phone while the page starts. Place names come in the build's order (`view.compareIds`).
		files: ['src/**/*.{ts,svelte}'],
		ignores: ['src/lib/server/**', 'src/lib/data/problems.ts', '**/*.test.ts'],
		rules: {
			'no-restricted-properties': [
				'error',
				{
					property: 'localeCompare',
					message: 'Use view.compareIds for names, byCodeUnits for ids.'
				}
			]
		}
	},
	{
		// Plain ES2017 for old host pages: no optional catch binding, so a caught error may go unused.
		files: ['static/embed.js'],
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }]
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'src/lib/paraglide/',
			'reports/',
			'bench-results/',
			'test-results/'
		]
	}
);

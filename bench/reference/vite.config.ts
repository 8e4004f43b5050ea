import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the reference page on its own, without SvelteKit: `vite build --config bench/reference/vite.config.ts`. */
export default defineConfig({
	root: fileURLToPath(new URL('.', import.meta.url)),
	base: './',
	logLevel: 'warn',
	build: {
		outDir:
			process.env.BENCH_REFERENCE_OUT ||
			fileURLToPath(new URL('../../bench-results/reference', import.meta.url)),
		emptyOutDir: true,
		target: 'es2022',
		chunkSizeWarningLimit: 2000
	}
});

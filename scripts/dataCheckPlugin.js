import { tsImport } from 'tsx/esm/api';

/**
 * Stops `vite build` at its start, before anything is bundled or written, when the data folder
 * has a problem, with the same report as `npm run data:check`.
 * @returns {import('vite').Plugin}
 */
export function dataCheckPlugin() {
	return {
		name: 'atlas-data-check',
		apply: 'build',
		enforce: 'pre',
		async buildStart() {
			// Loaded when the build runs rather than bundled into the Vite config with its imports.
			/** @type {typeof import('../src/lib/server/dataCheck')} */
			const { checkDataDir } = await tsImport('../src/lib/server/dataCheck.ts', import.meta.url);
			const { data, report } = await checkDataDir();
			if (!data) this.error(`The data check failed; nothing was built.\n${report}`);
		}
	};
}

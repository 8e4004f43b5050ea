import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBaseLocaleFallback } from '../../scripts/messagesBaseLocalePlugin.js';
import { translate } from '../../src/lib/i18n';

const DIR = 'src/lib/paraglide/messages';
const messageFiles = readdirSync(DIR).filter(
	(name) => name.endsWith('.js') && name !== '_index.js'
);

describe("the messages' fallback language", () => {
	it('is rewritten in every compiled message, which then no longer reads getLocale', () => {
		expect(messageFiles.length).toBeGreaterThan(100);
		for (const name of messageFiles) {
			const id = join(process.cwd(), DIR, name);
			const result = withBaseLocaleFallback(readFileSync(id, 'utf8'), id);
			expect(result, name).not.toBeNull();
			expect(result, name).not.toContain('getLocale');
			expect(result, name).toContain('options.locale ?? baseLocale');
		}
	});

	it('leaves other files alone', () => {
		expect(
			withBaseLocaleFallback('export const x = getLocale();', '/src/lib/state/x.js')
		).toBeNull();
		const index = join(process.cwd(), DIR, '_index.js');
		expect(withBaseLocaleFallback(readFileSync(index, 'utf8'), index)).toBeNull();
	});

	it('fails the build when paraglide writes messages differently', () => {
		const changed = `import { getLocale } from '../runtime.js';\nexport const m = (i, o) => o.locale || getLocale();`;
		expect(() => withBaseLocaleFallback(changed, '/x/paraglide/messages/m.js')).toThrow(
			/changed shape/
		);
	});

	it('keeps every message in the language it is given (messages here run through the plugin)', async () => {
		const { m } = await import('../../src/lib/paraglide/messages.js');
		expect(translate('fr', m.map_legend)).toBe('Légende');
		expect(translate('es', m.map_legend)).toBe('Leyenda');
		expect(translate('en', m.map_legend)).toBe('Legend');
		expect((m.map_legend as () => string)()).toBe('Legend');
	});
});

import { afterEach, describe, expect, it } from 'vitest';
import { loadStylesheet } from './stylesheet';

const css = (text: string) => URL.createObjectURL(new Blob([text], { type: 'text/css' }));

describe('loadStylesheet', () => {
	afterEach(() =>
		document.querySelectorAll('link[href^="blob:"]').forEach((link) => link.remove())
	);

	it('adds the sheet once and resolves when it applies', async () => {
		const probe = document.body.appendChild(document.createElement('div'));
		probe.className = 'stylesheet-probe';
		const href = css('.stylesheet-probe { width: 123px; }');
		await Promise.all([loadStylesheet(href), loadStylesheet(href)]);
		expect(getComputedStyle(probe).width).toBe('123px');
		await loadStylesheet(href);
		expect(document.querySelectorAll(`link[href="${href}"]`)).toHaveLength(1);
		probe.remove();
	});

	it('rejects when the sheet cannot be loaded', async () => {
		const gone = css('p {}');
		URL.revokeObjectURL(gone);
		await expect(loadStylesheet(gone)).rejects.toThrow(/failed/);
	});
});

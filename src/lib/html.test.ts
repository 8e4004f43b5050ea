import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html';

describe('escapeHtml', () => {
	it('escapes what could open a tag, an entity or end an attribute', () => {
		expect(escapeHtml('"<a>&\'')).toBe("&quot;&lt;a&gt;&amp;'");
		expect(escapeHtml('<!----><script>x</script>')).toBe(
			'&lt;!----&gt;&lt;script&gt;x&lt;/script&gt;'
		);
		expect(escapeHtml('São Paulo · 3')).toBe('São Paulo · 3');
	});
});

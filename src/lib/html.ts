const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** Text, or a double-quoted attribute value, that HTML shows exactly as written and never parses. */
export function escapeHtml(value: string): string {
	return value.replace(/[&"<>]/g, (char) => ESCAPES[char]!);
}

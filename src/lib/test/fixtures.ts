import type { DataFile } from '$lib/data/types';

// The small fixture folder, bundled as text so browser-mode tests can use it without a file system.
const files = import.meta.glob('../../../tests/fixtures/small/*.csv', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export const smallFixture: Record<DataFile, string> = Object.fromEntries(
	Object.entries(files).map(([path, text]) => [path.split('/').pop()!.replace('.csv', ''), text])
) as Record<DataFile, string>;

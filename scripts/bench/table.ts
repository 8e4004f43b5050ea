/** A plain-text table, columns padded; numbers right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
	const cells = [header, ...rows.map((row) => row.map(String))];
	const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
	const numeric = header.map(
		(_, i) =>
			rows.length > 0 &&
			rows.every((row) => /^[-\d.,×%<>≤ KMBms/–n/a]*$/.test(String(row[i] ?? '')))
	);
	const line = (row: string[]) =>
		row
			.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
			.join('  ')
			.trimEnd();
	return [
		line(cells[0]!),
		widths.map((w) => '─'.repeat(w)).join('  '),
		...cells.slice(1).map(line)
	].join('\n');
}

/** Milliseconds, as precise as they deserve. */
export const ms = (value: number | null | undefined): string =>
	value === null || value === undefined || Number.isNaN(value)
		? 'n/a'
		: value < 10
			? value.toFixed(2)
			: value < 100
				? value.toFixed(1)
				: value.toFixed(0);

export const kb = (bytes: number | null | undefined): string =>
	bytes === null || bytes === undefined ? 'n/a' : (bytes / 1024).toFixed(1);

export const mb = (value: number | null | undefined): string =>
	value === null || value === undefined ? 'n/a' : value.toFixed(0);

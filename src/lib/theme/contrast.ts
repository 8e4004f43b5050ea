import { luminance } from '$lib/panels/textColorOn';

/** WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

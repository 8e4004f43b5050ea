/** Relative luminance (WCAG 2) of an `rgb(r, g, b)`, `#rrggbb` or `#rgb` colour. */
export function luminance(color: string): number {
	const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
	const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
	const channels = short
		? short.slice(1).map((h) => parseInt(h + h, 16))
		: hex
			? hex.slice(1).map((h) => parseInt(h, 16))
			: (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
	const [r = 0, g = 0, b = 0] = channels.map((c) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white, whichever reads better on `background` (at least 4.5:1 on any background). */
export function textColorOn(background: string): '#000' | '#fff' {
	const l = luminance(background);
	return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000' : '#fff';
}

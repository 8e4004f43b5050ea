import type { Palette } from '$lib/theme/palette';

/** Width of the picture in CSS pixels; it is drawn at twice that for sharp print. */
export const PNG_WIDTH = 1200;
const SCALE = 2;
const PAD = 24;

export interface PngText {
	title: string;
	/** The view: a place's name, or how many places and practices match. */
	subtitle: string;
	legendPlace: string;
	legendSelected: string;
	attribution: string;
}

/** Where each part of the picture goes, for a map of aspect `mapHeight / mapWidth`. */
export function pngLayout(aspect: number, hasSelection: boolean) {
	const mapWidth = PNG_WIDTH - 2 * PAD;
	const mapHeight = Math.round(mapWidth * Math.min(Math.max(aspect, 0.3), 1.2));
	const mapTop = PAD + 34 + 26 + 12;
	const legendTop = mapTop + mapHeight + 16;
	const legendRows = hasSelection ? 2 : 1;
	const attributionTop = legendTop + legendRows * 24 + 8;
	return {
		mapTop,
		mapWidth,
		mapHeight,
		legendTop,
		attributionTop,
		height: attributionTop + 20 + PAD
	};
}

/** The properties the SVG map's style sheet sets, copied onto each element of a standalone copy. */
const PAINT = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'opacity'
] as const;

/** The SVG map as an image, its CSS colours inlined (a standalone SVG does not see the page's CSS). */
export function svgImage(
	svg: SVGSVGElement,
	width: number,
	height: number
): Promise<HTMLImageElement> {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [copy, ...copy.querySelectorAll('*')];
	originals.forEach((element, i) => {
		const style = getComputedStyle(element);
		const target = copies[i] as SVGElement;
		for (const name of PAINT) target.style.setProperty(name, style.getPropertyValue(name));
	});
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.setAttribute('width', String(width));
	copy.setAttribute('height', String(height));
	const xml = new XMLSerializer().serializeToString(copy);
	// A data: address: the site's CSP allows data: images, and nothing leaves the page.
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
	return image.decode().then(() => image);
}

/** Title, map, legend and attribution on one canvas, as a PNG. */
export async function composePng(
	map: CanvasImageSource & { width: number; height: number },
	text: PngText,
	palette: Palette,
	hasSelection: boolean
): Promise<Blob> {
	const layout = pngLayout(map.height / map.width, hasSelection);
	const canvas = document.createElement('canvas');
	canvas.width = PNG_WIDTH * SCALE;
	canvas.height = layout.height * SCALE;
	const ctx = canvas.getContext('2d')!;
	ctx.scale(SCALE, SCALE);
	ctx.fillStyle = palette.background;
	ctx.fillRect(0, 0, PNG_WIDTH, layout.height);
	const font = (size: number, weight = 400) =>
		`${weight} ${size}px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif`;

	ctx.textBaseline = 'top';
	ctx.fillStyle = palette.text;
	ctx.font = font(26, 700);
	ctx.fillText(text.title, PAD, PAD, PNG_WIDTH - 2 * PAD);
	ctx.fillStyle = palette.muted;
	ctx.font = font(17);
	ctx.fillText(text.subtitle, PAD, PAD + 36, PNG_WIDTH - 2 * PAD);

	ctx.drawImage(map, PAD, layout.mapTop, layout.mapWidth, layout.mapHeight);
	ctx.strokeStyle = palette.border;
	ctx.strokeRect(PAD, layout.mapTop, layout.mapWidth, layout.mapHeight);

	const dot = (y: number, outline: string, width: number) => {
		ctx.beginPath();
		ctx.arc(PAD + 8, y + 8, 7, 0, 2 * Math.PI);
		ctx.fillStyle = palette.place;
		ctx.fill();
		ctx.lineWidth = width;
		ctx.strokeStyle = outline;
		ctx.stroke();
	};
	ctx.font = font(15);
	dot(layout.legendTop, palette.placeOutline, 1.5);
	ctx.fillStyle = palette.text;
	ctx.fillText(text.legendPlace, PAD + 24, layout.legendTop);
	if (hasSelection) {
		dot(layout.legendTop + 24, palette.selectedOutline, 3);
		ctx.fillStyle = palette.text;
		ctx.fillText(text.legendSelected, PAD + 24, layout.legendTop + 24);
	}
	ctx.fillStyle = palette.muted;
	ctx.font = font(13);
	ctx.fillText(text.attribution, PAD, layout.attributionTop, PNG_WIDTH - 2 * PAD);

	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
			'image/png'
		)
	);
}

/** Saves a blob under a file name, as a download. */
export function saveBlob(blob: Blob, filename: string) {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

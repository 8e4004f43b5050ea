/** MapLibre 6 needs WebGL 2; without it the SVG map stays. */
export function supportsWebGL2(): boolean {
	try {
		const canvas = document.createElement('canvas');
		return canvas.getContext('webgl2') !== null;
	} catch {
		return false;
	}
}

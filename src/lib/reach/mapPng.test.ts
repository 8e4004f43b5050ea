import { describe, expect, it } from 'vitest';
import { PNG_WIDTH, pngLayout } from './mapPng';

describe('pngLayout', () => {
	it.each([
		[0.5, false],
		[0.5, true],
		[0.05, false],
		[3, true]
	])(
		'aspect %s, selection %s: title, map, legend and attribution in order, none cut off',
		(aspect, selected) => {
			const layout = pngLayout(aspect, selected);
			expect(layout.mapTop).toBeGreaterThan(40);
			expect(layout.legendTop).toBeGreaterThan(layout.mapTop + layout.mapHeight);
			expect(layout.attributionTop).toBeGreaterThan(layout.legendTop + (selected ? 24 : 0));
			expect(layout.height).toBeGreaterThan(layout.attributionTop + 13);
			expect(layout.mapWidth).toBeLessThan(PNG_WIDTH);
			expect(layout.mapHeight / layout.mapWidth).toBeGreaterThanOrEqual(0.29);
			expect(layout.mapHeight / layout.mapWidth).toBeLessThanOrEqual(1.21);
		}
	);
});

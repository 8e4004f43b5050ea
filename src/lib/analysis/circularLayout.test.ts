import { describe, expect, it } from 'vitest';
import { chordPath, circularLayout } from './circularLayout';
import { sampleAtlas } from './testing/sampleAtlas';

const angleOf = (layout: ReturnType<typeof circularLayout>, id: string) => layout.get(id)!.angle;

describe('circularLayout', () => {
	const layout = circularLayout(sampleAtlas.places);

	it('puts every place on the unit circle, the first region’s first place at the top', () => {
		expect(layout.size).toBe(6);
		for (const { x, y } of layout.values()) expect(Math.hypot(x, y)).toBeCloseTo(1, 10);
		expect(layout.get('delta')).toMatchObject({ x: expect.closeTo(0, 10), y: -1 });
	});

	it('groups places by region in the source’s order, by id within a region, with a gap between regions', () => {
		const order = [...layout.keys()].sort((a, b) => angleOf(layout, a) - angleOf(layout, b));
		expect(order).toEqual(['delta', 'gamma', 'sao-paulo', 'alpha', 'beta', 'empty']);
		const step = angleOf(layout, 'sao-paulo') - angleOf(layout, 'gamma');
		expect(angleOf(layout, 'alpha') - angleOf(layout, 'sao-paulo')).toBeCloseTo(2 * step, 10);
		expect(step).toBeCloseTo((2 * Math.PI) / 9, 10);
	});

	it('does not depend on the input order', () => {
		expect(circularLayout([...sampleAtlas.places].reverse())).toEqual(layout);
	});

	it('places a lone place at the top and spaces a single region evenly', () => {
		expect(circularLayout([{ id: 'x', region: 'africa' }]).get('x')).toMatchObject({ y: -1 });
		const one = circularLayout([
			{ id: 'a', region: 'europe' },
			{ id: 'b', region: 'europe' }
		]);
		expect(one.get('b')!.y).toBeCloseTo(1, 10);
	});
});

describe('chordPath', () => {
	it('bends towards the centre', () => {
		expect(chordPath({ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 50, y: 100 }, 0.5)).toBe(
			'M0,0Q50,50 100,0'
		);
		expect(chordPath({ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 50, y: 100 }, 0)).toBe(
			'M0,0Q50,0 100,0'
		);
	});
});

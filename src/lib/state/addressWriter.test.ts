import { describe, expect, it } from 'vitest';
import { addressWriter } from './addressWriter';

function setUp() {
	const writes: [string, boolean][] = [];
	const scheduled: (() => void)[] = [];
	const writer = addressWriter(
		(href, push) => writes.push([href, push]),
		(flush) => scheduled.push(flush)
	);
	const frame = () => scheduled.splice(0).forEach((flush) => flush());
	return { writer, writes, frame };
}

describe('addressWriter', () => {
	it('writes after the frame, not when asked', () => {
		const { writer, writes, frame } = setUp();
		writer.request('/?themes=a', true);
		expect(writes).toEqual([]);
		frame();
		expect(writes).toEqual([['/?themes=a', true]]);
	});

	it('makes one write of the last address for changes within a frame, a push if any was', () => {
		const { writer, writes, frame } = setUp();
		writer.request('/?q=a', true);
		writer.request('/?q=ab', false);
		frame();
		writer.request('/?q=abc', false);
		frame();
		expect(writes).toEqual([
			['/?q=ab', true],
			['/?q=abc', false]
		]);
	});

	it('writes once when both the frame and the fallback come', () => {
		const { writer, writes, frame } = setUp();
		writer.request('/place/lyon', true);
		frame();
		frame();
		expect(writes).toHaveLength(1);
	});

	it('drops a cancelled write', () => {
		const { writer, writes, frame } = setUp();
		writer.request('/place/lyon', true);
		writer.cancel();
		frame();
		expect(writes).toEqual([]);
	});
});

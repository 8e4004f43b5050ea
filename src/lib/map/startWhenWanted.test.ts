import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INTENT_EVENTS, startWhenWanted } from './startWhenWanted';

describe('startWhenWanted', () => {
	beforeEach(() => void vi.useFakeTimers());
	afterEach(() => void vi.useRealTimers());

	it.each(INTENT_EVENTS)('starts once, when the reader reaches for the element (%s)', (type) => {
		const element = new EventTarget();
		const start = vi.fn();
		startWhenWanted(element, start);
		element.dispatchEvent(new Event(type));
		element.dispatchEvent(new Event('wheel'));
		element.dispatchEvent(new Event('pointerdown'));
		expect(start).toHaveBeenCalledTimes(1);
	});

	it('does not start by itself, nor on keyboard focus', () => {
		const element = new EventTarget();
		const start = vi.fn();
		startWhenWanted(element, start);
		element.dispatchEvent(new Event('focusin'));
		element.dispatchEvent(new Event('keydown'));
		vi.advanceTimersByTime(600_000);
		expect(start).not.toHaveBeenCalled();
	});

	it('never starts once cancelled', () => {
		const element = new EventTarget();
		const start = vi.fn();
		startWhenWanted(element, start)();
		element.dispatchEvent(new Event('pointerdown'));
		expect(start).not.toHaveBeenCalled();
	});
});

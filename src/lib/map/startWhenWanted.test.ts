import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWhenWanted } from './startWhenWanted';

describe('startWhenWanted', () => {
	beforeEach(() => void vi.useFakeTimers());
	afterEach(() => void vi.useRealTimers());

	it('starts once, when the reader reaches for the element', () => {
		const element = new EventTarget();
		const start = vi.fn();
		startWhenWanted(element, start, 2500);
		element.dispatchEvent(new Event('pointerenter'));
		element.dispatchEvent(new Event('wheel'));
		vi.advanceTimersByTime(5000);
		expect(start).toHaveBeenCalledTimes(1);
	});

	it('starts after the pause when nobody reaches for it, and not on keyboard focus', () => {
		const element = new EventTarget();
		const start = vi.fn();
		startWhenWanted(element, start, 2500);
		element.dispatchEvent(new Event('focusin'));
		vi.advanceTimersByTime(2499);
		expect(start).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(start).toHaveBeenCalledTimes(1);
	});

	it('never starts once cancelled', () => {
		const element = new EventTarget();
		const start = vi.fn();
		startWhenWanted(element, start, 2500)();
		element.dispatchEvent(new Event('pointerdown'));
		vi.advanceTimersByTime(5000);
		expect(start).not.toHaveBeenCalled();
	});
});

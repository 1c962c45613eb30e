/**
 * nextTask (src/components/next-task.ts), which the calculator's start-up and the import's results
 * await between their parts so that no task runs past 50 ms: it must end the task, not only the
 * microtask, or the parts run as one long task again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from '../../src/components/next-task';

const global = globalThis as { scheduler?: unknown };
const had = 'scheduler' in global;
const original = global.scheduler;

afterEach(() => {
	if (had) global.scheduler = original;
	else delete global.scheduler;
});

describe('nextTask', () => {
	it('without scheduler.yield, resolves in a later task: after a timeout queued before it', async () => {
		delete global.scheduler;
		const order: string[] = [];
		setTimeout(() => order.push('earlier task'), 0);
		queueMicrotask(() => order.push('microtask'));
		await nextTask();
		order.push('after nextTask');
		expect(order).toEqual(['microtask', 'earlier task', 'after nextTask']);
	});

	it('uses scheduler.yield where the browser has it', async () => {
		const yielded = vi.fn(() => Promise.resolve());
		global.scheduler = { yield: yielded };
		await nextTask();
		expect(yielded).toHaveBeenCalledOnce();
	});

	it('falls back to a timeout where scheduler has no yield (older Chromium has scheduler.postTask only)', async () => {
		global.scheduler = { postTask: () => undefined };
		const order: string[] = [];
		setTimeout(() => order.push('earlier task'), 0);
		await nextTask();
		order.push('after nextTask');
		expect(order).toEqual(['earlier task', 'after nextTask']);
	});
});

/**
 * The next task, for work that would take longer than a task should: past 50 ms on a phone's CPU
 * a task delays the reader's click or key, and counts in Total Blocking Time. Such work awaits
 * this between its parts: the calculator's start-up (calculator/element.ts), the import's results
 * (calculator/import/report-view.ts).
 *
 * scheduler.yield() where the browser has it (the rest keeps its turn ahead of tasks queued
 * since), else a timeout.
 */
export function nextTask(): Promise<void> {
	// The test names `scheduler` where the browser-support check sees it (Safari 16.4 and Firefox 128
	// have none): tests/support/browser-compat.ts.
	const global = globalThis as { scheduler?: { yield?: () => Promise<void> } };
	return 'scheduler' in global && typeof global.scheduler?.yield === 'function' ? global.scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

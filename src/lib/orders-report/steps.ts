/**
 * Work done in steps: a generator that yields now and then during a long loop and returns its
 * result. The page runs it a few milliseconds at a time between other tasks (report-view.ts), so
 * a 300,000-row report's causes never hold the main thread for long; tests and Node run it to
 * the end at once with `finish`.
 */
export type Steps<T> = Generator<void, T, void>;

/** Items of a loop between two yields: a few milliseconds of the loops here, unoptimized. */
export const STEP_ITEMS = 8192;

/** Runs `steps` to the end and returns their result. */
export function finish<T>(steps: Steps<T>): T {
	let next = steps.next();
	while (!next.done) next = steps.next();
	return next.value;
}

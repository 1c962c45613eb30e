/**
 * Waits until the machine is quiet: the 1-minute load average under 1, for at most `maxMs`. On
 * these two cores another job costs a benchmark far more than its own CPU time (the caches are
 * shared), so the benchmarks start only when the earlier work has ended. Returns the load average
 * it started at, to be written with the results.
 */
import { loadavg } from 'node:os';

export async function waitForQuiet(maxMs = 180_000) {
	const until = Date.now() + maxMs;
	while (loadavg()[0] >= 1 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5000));
	return loadavg()[0];
}

/**
 * The page's side of report import: starts a Web Worker per file, passes progress on, and
 * settles with the report, a problem to show, 'unavailable' (the worker's code did not arrive) or
 * 'cancelled'. It never rejects, so the UI has
 * one place to handle every outcome. The size limit is checked here, the one way in to the
 * worker, before a worker is started.
 */
import {
	MAX_REPORT_BYTES,
	type OrdersReport,
	type ReportProblem,
	type UnshippedReport,
} from '../../../lib/orders-report';
import type { ReportPart, WorkerMessage, WorkerRequest } from './report-protocol';

export interface ImportProgress {
	bytesRead: number;
	totalBytes: number;
}

export type ImportOutcome<T> =
	| { status: 'done'; result: T }
	| { status: 'error'; problem: ReportProblem }
	| { status: 'unavailable' }
	| { status: 'cancelled' };

export interface ImportHandle<T> {
	promise: Promise<ImportOutcome<T>>;
	/** Stops reading; the promise settles with 'cancelled' at once. */
	cancel(): void;
}

export interface ImportOptions {
	/** IANA time zone for calendar days; check it with isValidTimeZone first. */
	timeZone: string;
}

/** How long a cancelled worker gets to stop its reader before it is terminated. */
const CANCEL_GRACE_MS = 1000;

function start<T>(
	file: File,
	request: Extract<WorkerRequest, { type: 'start' }>,
	onProgress?: (progress: ImportProgress) => void,
): ImportHandle<T> {
	if (file.size > MAX_REPORT_BYTES) {
		const problem: ReportProblem = { kind: 'too-large', bytes: file.size, maxBytes: MAX_REPORT_BYTES };
		return { promise: Promise.resolve({ status: 'error', problem }), cancel() {} };
	}
	// Vite (and so Astro) bundles the worker from this exact `new Worker(new URL(…))` form.
	const worker = new Worker(new URL('./report-worker.ts', import.meta.url), { type: 'module' });
	let settle!: (outcome: ImportOutcome<T>) => void;
	let settled = false;
	const promise = new Promise<ImportOutcome<T>>((resolve) => {
		settle = (outcome) => {
			if (settled) return;
			settled = true;
			resolve(outcome);
		};
	});
	const finish = (outcome: ImportOutcome<T>) => {
		settle(outcome);
		// After the results are on screen: ending a worker takes the page a few ms.
		setTimeout(() => worker.terminate());
	};

	// The lists the worker sends ahead in parts, joined up again when it is done.
	const parts: { [L in ReportPart['list']]: Extract<ReportPart, { list: L }>['items'] } = { cancelledOrders: [], causes: [] };
	worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
		const message = event.data;
		switch (message.type) {
			case 'progress':
				if (!settled) onProgress?.({ bytesRead: message.bytesRead, totalBytes: message.totalBytes });
				break;
			case 'part':
				for (const item of message.items) (parts[message.list] as unknown[]).push(item);
				break;
			case 'done':
				if (message.report === 'all-orders') {
					const { result } = message;
					result.cancelledOrders = parts.cancelledOrders.concat(result.cancelledOrders);
					result.causes.cancelled = parts.causes.concat(result.causes.cancelled);
				}
				finish({ status: 'done', result: message.result as T });
				break;
			case 'error':
				finish({ status: 'error', problem: message.problem });
				break;
			case 'cancelled':
				finish({ status: 'cancelled' });
				break;
		}
	});
	// The worker's script did not arrive (a plain Event: offline, or a new deploy renamed it), or it
	// threw outside its own error handling (an ErrorEvent), which is told as a file it could not read.
	worker.addEventListener('error', (event) =>
		finish(event instanceof ErrorEvent ? { status: 'error', problem: { kind: 'read-failed' } } : { status: 'unavailable' }),
	);
	worker.postMessage(request);

	return {
		promise,
		cancel() {
			if (settled) return;
			settle({ status: 'cancelled' });
			worker.postMessage({ type: 'cancel' } satisfies WorkerRequest);
			setTimeout(() => worker.terminate(), CANCEL_GRACE_MS);
		},
	};
}

/** Reads an All Orders report in a worker. */
export function importReport(
	file: File,
	options: ImportOptions,
	onProgress?: (progress: ImportProgress) => void,
): ImportHandle<OrdersReport> {
	return start<OrdersReport>(file, { type: 'start', report: 'all-orders', file, timeZone: options.timeZone }, onProgress);
}

/** Reads an Unshipped Orders report (is-buyer-requested-cancellation column) in a worker. */
export function importUnshippedReport(
	file: File,
	onProgress?: (progress: ImportProgress) => void,
): ImportHandle<UnshippedReport> {
	return start<UnshippedReport>(file, { type: 'start', report: 'unshipped', file }, onProgress);
}

export { MAX_REPORT_BYTES };

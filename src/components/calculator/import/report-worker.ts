/**
 * Reads a report file in a Web Worker, so a 100 MB file neither freezes the page nor is ever
 * held whole: File.stream() hands over pieces of bytes (about 2 MB in Chromium), each parsed at
 * once. The bytes are not decoded as a whole: the parser reads the columns it counts from them
 * and makes strings only of the values it keeps (table-reader.ts).
 * Nothing here uses the network; the file never leaves the browser.
 */
/// <reference lib="webworker" />
import {
	createReportParser,
	createUnshippedParser,
	ReportError,
	type ReportParser,
} from '../../../lib/orders-report';
import type { WorkerMessage, WorkerRequest } from './report-protocol';

/** Progress messages are spaced at least this far apart, so the page is not flooded. */
const PROGRESS_EVERY_MS = 100;
/**
 * Entries of a list per 'part' message. The page copies a message (its objects one by one) in a
 * single task before it can use it: the 40,000 cancelled orders of a 300,000-row report took
 * 20-130 ms there in one message. In parts of this size each copy is a few milliseconds, and the
 * page answers clicks and keys between them.
 */
const PART_ITEMS = 2000;

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** Stops the reading under way, which then settles as cancelled; null when nothing is read. */
let stop: (() => void) | null = null;
let cancelled = false;

function post(message: WorkerMessage, transfer: Transferable[] = []): void {
	scope.postMessage(message, transfer);
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	if (request.type === 'cancel') {
		cancelled = true;
		if (stop) stop();
		else post({ type: 'cancelled' });
		return;
	}
	void read(request);
});

async function read(request: Extract<WorkerRequest, { type: 'start' }>): Promise<void> {
	// The size limit was checked by report-import.ts, which alone starts this worker.
	const { file } = request;
	try {
		if (request.report === 'all-orders') {
			const result = await pump(file, createReportParser({ timeZone: request.timeZone }));
			if (result) {
				const report = result.value;
				const { cancelledOrders, causes } = report;
				for (let i = 0; i < cancelledOrders.length; i += PART_ITEMS) post({ type: 'part', list: 'cancelledOrders', items: cancelledOrders.slice(i, i + PART_ITEMS) });
				for (let i = 0; i < causes.cancelled.length; i += PART_ITEMS) post({ type: 'part', list: 'causes', items: causes.cancelled.slice(i, i + PART_ITEMS) });
				// The pairs' arrays (two integers per order and SKU) are handed over rather than copied.
				const { pairSku, pairDay } = causes;
				post({ type: 'done', report: 'all-orders', result: { ...report, cancelledOrders: [], causes: { ...causes, cancelled: [] } } }, [pairSku.buffer, pairDay.buffer]);
			}
		} else {
			const result = await pump(file, createUnshippedParser());
			if (result) post({ type: 'done', report: 'unshipped', result: result.value });
		}
	} catch (err) {
		if (cancelled) post({ type: 'cancelled' });
		else if (err instanceof ReportError) post({ type: 'error', problem: err.problem });
		// File.stream() fails (NotReadableError, NotFoundError) when the file was moved or changed
		// after it was chosen.
		else post({ type: 'error', problem: { kind: 'read-failed' } });
	}
}

/** Feeds the file to the parser piece by piece; null (after posting 'cancelled') when cancelled. */
async function pump<T>(file: File, parser: ReportParser<T>): Promise<{ value: T } | null> {
	const reader = (file.stream() as ReadableStream<Uint8Array>).getReader();
	stop = () => void reader.cancel().catch(() => {});
	try {
		let bytesRead = 0;
		let lastPost = performance.now();
		post({ type: 'progress', bytesRead, totalBytes: file.size });
		for (;;) {
			const { done, value } = await reader.read();
			if (cancelled) {
				post({ type: 'cancelled' });
				return null;
			}
			if (done) break;
			parser.push(value);
			bytesRead += value.byteLength;
			const now = performance.now();
			if (now - lastPost >= PROGRESS_EVERY_MS) {
				lastPost = now;
				post({ type: 'progress', bytesRead, totalBytes: file.size });
			}
		}
		const value = parser.finish();
		post({ type: 'progress', bytesRead, totalBytes: file.size });
		return { value };
	} finally {
		reader.releaseLock();
		stop = null;
	}
}

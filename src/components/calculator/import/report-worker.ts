/**
 * Reads a report file in a Web Worker, so a 100 MB file neither freezes the page nor is ever
 * held whole: File.stream() hands over pieces of about 64 KB, each decoded and parsed at once.
 * Nothing here uses the network; the file never leaves the browser.
 */
/// <reference lib="webworker" />
import {
	createReportParser,
	createUnshippedParser,
	ReportError,
	sniffEncoding,
	type TextParser,
} from '../../../lib/orders-report';
import type { WorkerMessage, WorkerRequest } from './report-protocol';

/** Progress messages are spaced at least this far apart, so the page is not flooded. */
const PROGRESS_EVERY_MS = 100;

const scope = self as unknown as DedicatedWorkerGlobalScope;
let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
let cancelled = false;

function post(message: WorkerMessage): void {
	scope.postMessage(message);
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	if (request.type === 'cancel') {
		cancelled = true;
		if (reader) reader.cancel().catch(() => {});
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
			if (result) post({ type: 'done', report: 'all-orders', result: result.value });
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

/** Feeds the file to the parser; null (after posting 'cancelled') when cancelled. */
async function pump<T>(file: File, parser: TextParser<T>): Promise<{ value: T } | null> {
	reader = (file.stream() as ReadableStream<Uint8Array>).getReader();
	try {
		// Not fatal: Chinese Excel saves CSV as GBK, and the columns read are ASCII either way.
		let decoder: TextDecoder | null = null;
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
			decoder ??= new TextDecoder(sniffEncoding(value));
			parser.push(decoder.decode(value, { stream: true }));
			bytesRead += value.byteLength;
			const now = performance.now();
			if (now - lastPost >= PROGRESS_EVERY_MS) {
				lastPost = now;
				post({ type: 'progress', bytesRead, totalBytes: file.size });
			}
		}
		if (decoder) parser.push(decoder.decode());
		const value = parser.finish();
		post({ type: 'progress', bytesRead, totalBytes: file.size });
		return { value };
	} finally {
		reader.releaseLock();
		reader = null;
	}
}

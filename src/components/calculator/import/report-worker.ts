/**
 * Reads a report file in a Web Worker, so a 100 MB file neither freezes the page nor is ever
 * held whole: File.stream() hands over pieces (about 2 MB in Chromium), each decoded and parsed
 * at once. Decoding runs in a worker of its own (decode-worker.ts) where the browser has
 * workers in workers, so that it overlaps the parse; elsewhere it runs here.
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
import type { DecodeMessage, DecodeRequest, WorkerMessage, WorkerRequest } from './report-protocol';

/** Progress messages are spaced at least this far apart, so the page is not flooded. */
const PROGRESS_EVERY_MS = 100;

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** Stops the reading under way, which then settles as cancelled; null when nothing is read. */
let stop: (() => void) | null = null;
let cancelled = false;

/** The decode worker could not read the file, or did not start: shown as 'read-failed'. */
class ReadFailed extends Error {}

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
				// The pairs' arrays (two integers per order and SKU) are handed over rather than copied.
				const { pairSku, pairDay } = result.value.causes;
				post({ type: 'done', report: 'all-orders', result: result.value }, [pairSku.buffer, pairDay.buffer]);
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

/** Feeds the file to the parser; null (after posting 'cancelled') when cancelled. */
async function pump<T>(file: File, parser: TextParser<T>): Promise<{ value: T } | null> {
	// Workers in workers: Chromium, Firefox, Safari 15.5 and later.
	return typeof Worker === 'function' ? pumpDecoded(file, parser) : pumpHere(file, parser);
}

/** Parses the pieces a decode worker sends; the next piece is decoded meanwhile. */
async function pumpDecoded<T>(file: File, parser: TextParser<T>): Promise<{ value: T } | null> {
	const decoder = new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module' });
	const send = (request: DecodeRequest) => decoder.postMessage(request);
	let bytesRead = 0;
	let lastPost = performance.now();
	post({ type: 'progress', bytesRead, totalBytes: file.size });
	try {
		await new Promise<void>((resolve, reject) => {
			stop = resolve;
			decoder.addEventListener('error', () => reject(new ReadFailed()));
			decoder.addEventListener('message', (event: MessageEvent<DecodeMessage>) => {
				const message = event.data;
				try {
					if (message.type === 'failed') throw new ReadFailed();
					// Taken at once, so the decode worker goes on with the next piece while this one is parsed.
					if (message.type === 'text') send({ type: 'ack' });
					parser.push(message.text);
					if (message.type === 'end') return resolve();
					bytesRead += message.bytes;
					const now = performance.now();
					if (now - lastPost >= PROGRESS_EVERY_MS) {
						lastPost = now;
						post({ type: 'progress', bytesRead, totalBytes: file.size });
					}
				} catch (err) {
					reject(err);
				}
			});
			send({ type: 'start', file });
		});
	} finally {
		stop = null;
		decoder.terminate();
	}
	if (cancelled) {
		post({ type: 'cancelled' });
		return null;
	}
	const value = parser.finish();
	post({ type: 'progress', bytesRead, totalBytes: file.size });
	return { value };
}

/** Decodes and parses each piece here, one after the other. */
async function pumpHere<T>(file: File, parser: TextParser<T>): Promise<{ value: T } | null> {
	const reader = (file.stream() as ReadableStream<Uint8Array>).getReader();
	stop = () => void reader.cancel().catch(() => {});
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
		stop = null;
	}
}

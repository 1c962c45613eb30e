/**
 * Reads and decodes a report file for the report worker, on a thread of its own: in Chromium,
 * decoding is about a third of an import (350–450 ms of a 300,000-row report, two-byte text as
 * soon as a piece holds one Chinese product name), and here it runs while the report worker
 * parses the piece before. At most CREDIT decoded pieces wait for the report worker, so however
 * fast the file is read, no more of it than that is held.
 */
/// <reference lib="webworker" />
import { sniffEncoding } from '../../../lib/orders-report/encodings';
import type { DecodeMessage, DecodeRequest } from './report-protocol';

const CREDIT = 2;

const scope = self as unknown as DedicatedWorkerGlobalScope;
let credit = CREDIT;
let wake: (() => void) | null = null;

function post(message: DecodeMessage): void {
	scope.postMessage(message);
}

scope.addEventListener('message', (event: MessageEvent<DecodeRequest>) => {
	const request = event.data;
	if (request.type === 'ack') {
		credit++;
		wake?.();
		wake = null;
	} else void read(request.file);
});

async function read(file: File): Promise<void> {
	try {
		const reader = (file.stream() as ReadableStream<Uint8Array>).getReader();
		// Not fatal: Chinese Excel saves CSV as GBK, and the columns read are ASCII either way.
		let decoder: TextDecoder | null = null;
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			decoder ??= new TextDecoder(sniffEncoding(value));
			const text = decoder.decode(value, { stream: true });
			while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
			credit--;
			post({ type: 'text', text, bytes: value.byteLength });
		}
		post({ type: 'end', text: decoder ? decoder.decode() : '' });
	} catch {
		// File.stream() fails (NotReadableError, NotFoundError) when the file was moved or changed
		// after it was chosen.
		post({ type: 'failed' });
	}
}

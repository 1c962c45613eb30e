/**
 * Messages between the page and the report worker. Plain data only: they are structured-cloned.
 */
import type { OrdersReport, ReportProblem, UnshippedReport } from '../../../lib/orders-report';

/** Which report a file is. */
export type ReportKind = 'all-orders' | 'unshipped';

export type WorkerRequest =
	| { type: 'start'; report: 'all-orders'; file: File; timeZone: string }
	| { type: 'start'; report: 'unshipped'; file: File }
	/** Stops reading; the worker answers with 'cancelled'. */
	| { type: 'cancel' };

export type WorkerMessage =
	| { type: 'progress'; bytesRead: number; totalBytes: number }
	| { type: 'done'; report: 'all-orders'; result: OrdersReport }
	| { type: 'done'; report: 'unshipped'; result: UnshippedReport }
	| { type: 'error'; problem: ReportProblem }
	| { type: 'cancelled' };

/** From the report worker to its decode worker (decode-worker.ts). */
export type DecodeRequest =
	| { type: 'start'; file: File }
	/** A piece was taken: one more may be sent. */
	| { type: 'ack' };

/** From the decode worker: the file's text piece by piece, in order. */
export type DecodeMessage =
	| { type: 'text'; text: string; bytes: number }
	/** The decoder's last characters; nothing follows. */
	| { type: 'end'; text: string }
	| { type: 'failed' };

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

/** The All Orders report's lists of one entry per cancelled order, sent ahead in parts (report-worker.ts). */
export type ReportPart = { list: 'cancelledOrders'; items: OrdersReport['cancelledOrders'] } | { list: 'causes'; items: OrdersReport['causes']['cancelled'] };

export type WorkerMessage =
	| { type: 'progress'; bytesRead: number; totalBytes: number }
	/** Entries of a list the 'done' message then carries empty; the page joins them up in order. */
	| ({ type: 'part' } & ReportPart)
	| { type: 'done'; report: 'all-orders'; result: OrdersReport }
	| { type: 'done'; report: 'unshipped'; result: UnshippedReport }
	| { type: 'error'; problem: ReportProblem }
	| { type: 'cancelled' };

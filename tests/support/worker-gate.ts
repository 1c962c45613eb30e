/**
 * A gate on the page's Web Workers, so a test can click Cancel while a report is certainly still
 * being read. Installed before any page script runs, it wraps `Worker`: while the gate is shut,
 * a worker's `progress` messages reach the page but its outcome (`done`, `error`, `cancelled`)
 * waits until the test opens the gate. Without it, a small file finishes before the click and a
 * big one only makes that unlikely.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** What the gate saw, read with `gateState(page)`. */
export interface GateState {
	/** Outcome messages held back while the gate was shut. */
	held: string[];
	/** Workers the page ended with `terminate()`. */
	terminated: number;
	/** Progress messages delivered after an outcome was held: there should be none. */
	progressAfterHeld: number;
}

function install() {
	const Real = window.Worker;
	const gate = {
		shut: false,
		held: [] as { worker: Worker; data: unknown }[],
		state: { held: [] as string[], terminated: 0, progressAfterHeld: 0 },
		open() {
			gate.shut = false;
			for (const { worker, data } of gate.held.splice(0)) worker.dispatchEvent(new MessageEvent('message', { data }));
		},
	};
	const passing = new WeakSet<Event>();
	class GatedWorker extends Real {
		constructor(url: string | URL, options?: WorkerOptions) {
			super(url, options);
			// Registered before the page's own listener, so it can stop a message reaching it.
			super.addEventListener('message', (event: MessageEvent) => {
				if (passing.has(event)) return;
				const type = (event.data as { type?: string } | null)?.type ?? '?';
				if (type === 'progress') {
					if (gate.state.held.length > 0) gate.state.progressAfterHeld++;
					return;
				}
				if (!gate.shut) return;
				event.stopImmediatePropagation();
				gate.state.held.push(type);
				gate.held.push({ worker: this, data: event.data });
			});
		}
		override dispatchEvent(event: Event): boolean {
			passing.add(event);
			return super.dispatchEvent(event);
		}
		override terminate(): void {
			gate.state.terminated++;
			super.terminate();
		}
	}
	window.Worker = GatedWorker;
	(window as unknown as { __workerGate: typeof gate }).__workerGate = gate;
}

/** Wraps `Worker` in every page of the context (call before the page is opened). */
export async function installWorkerGate(target: BrowserContext | Page): Promise<void> {
	await target.addInitScript(install);
}

type GateWindow = { __workerGate: { shut: boolean; open(): void; state: GateState } };

/** From now on, workers' outcomes wait for `openGate`. */
export async function shutGate(page: Page): Promise<void> {
	await page.evaluate(() => {
		(window as unknown as GateWindow).__workerGate.shut = true;
	});
}

/** Delivers every held outcome, in order, and lets later ones through. */
export async function openGate(page: Page): Promise<void> {
	await page.evaluate(() => (window as unknown as GateWindow).__workerGate.open());
}

export function gateState(page: Page): Promise<GateState> {
	return page.evaluate(() => structuredClone((window as unknown as GateWindow).__workerGate.state));
}

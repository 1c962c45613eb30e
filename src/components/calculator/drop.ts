/**
 * Every way a report file reaches the import, in one place: the two file pickers, and a file
 * dropped on the drop zone. Loaded with the calculator, not with the import, so a file chosen or
 * dropped while the import's code is still loading is not missed.
 */

/** Called with each file chosen or dropped; `unshipped` for the Unshipped Orders picker. */
export type OpenFile = (file: File, unshipped: boolean) => void;

export function watchFiles(form: HTMLElement, open: OpenFile) {
	const zone = form.querySelector<HTMLElement>('[data-drop]')!;
	form.addEventListener('change', (e) => {
		const input = e.target as HTMLInputElement;
		const file = input.files?.[0];
		if (input.type === 'file' && file) open(file, input.hasAttribute('data-unshipped'));
	});
	const hover = (on: boolean) => (e: DragEvent) => {
		e.preventDefault();
		zone.classList.toggle('calc-drop--over', on);
	};
	zone.addEventListener('dragover', hover(true));
	zone.addEventListener('dragleave', hover(false));
	zone.addEventListener('drop', (e) => {
		hover(false)(e);
		// The drop's file list empties once this handler returns.
		const file = e.dataTransfer?.files[0];
		if (file) open(file, false);
	});
	// A file dropped just beside the drop zone would make the browser open it, leaving the page
	// and its results; while the import is open (the zone shown), such a drop does nothing instead.
	for (const type of ['dragover', 'drop'] as const) {
		addEventListener(type, (e: DragEvent) => {
			if (zone.offsetParent === null || zone.contains(e.target as Node) || !e.dataTransfer?.types.includes('Files')) return;
			e.preventDefault();
			e.dataTransfer.dropEffect = 'none';
		});
	}
}

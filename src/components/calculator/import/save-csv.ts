/** Saves CSV text made in the page as a file, through a blob: link; nothing goes over the network. */
export function saveCsv(csv: string, fileName: string): void {
	const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later, not at once: the browser may still be starting the download.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

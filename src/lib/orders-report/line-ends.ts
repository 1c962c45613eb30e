/**
 * Line ends as a spreadsheet may have written them. Excel for Mac's "CSV (Macintosh)" ends lines
 * with a carriage return alone, which a reader splitting at line feeds sees as one endless line.
 * The first line break of the file decides: CR alone means every CR is a line end (and becomes a
 * line feed here); LF or CRLF means the text passes as it is.
 */
export class LineEnds {
	private mode: 'undecided' | 'lf' | 'cr' = 'undecided';
	/** A CR that ended the previous piece while undecided: whether an LF follows is not known yet. */
	private heldCr = false;

	/** True once the text was found to use CR-only line ends. */
	get crOnly(): boolean {
		return this.mode === 'cr';
	}

	/** The piece with its line ends as line feeds (or CRLF, which readers already take). */
	push(text: string): string {
		if (this.mode === 'lf') return text;
		if (this.mode === 'cr') return text.replaceAll('\r', '\n');
		if (this.heldCr) {
			text = '\r' + text;
			this.heldCr = false;
		}
		const cr = text.indexOf('\r');
		const lf = text.indexOf('\n');
		if (cr === -1 || (lf !== -1 && lf < cr)) {
			if (lf !== -1) this.mode = 'lf';
			return text;
		}
		if (cr === text.length - 1) {
			this.heldCr = true;
			return text.slice(0, -1);
		}
		this.mode = text.charCodeAt(cr + 1) === 0x0a ? 'lf' : 'cr';
		return this.push(text);
	}

	/** What is still held at the end of the text. */
	finish(): string {
		if (!this.heldCr) return '';
		this.heldCr = false;
		this.mode = 'cr';
		return '\n';
	}
}

/**
 * Line ends as a spreadsheet may have written them. Excel for Mac's "CSV (Macintosh)" ends lines
 * with a carriage return alone, which a reader splitting at line feeds sees as one endless line.
 * The first line break of the file decides: CR alone means every CR is a line end (and becomes a
 * line feed here); LF or CRLF means the bytes pass as they are.
 */
import { concatBytes, EMPTY_BYTES } from './bytes';

const CR = 0x0d;
const LF = 0x0a;
const HELD_CR = Uint8Array.of(CR);

export class LineEnds {
	private mode: 'undecided' | 'lf' | 'cr' = 'undecided';
	/** A CR that ended the previous piece while undecided: whether an LF follows is not known yet. */
	private heldCr = false;

	/** True once the text was found to use CR-only line ends. */
	get crOnly(): boolean {
		return this.mode === 'cr';
	}

	/** The piece with its line ends as line feeds (or CRLF, which readers already take). */
	push(bytes: Uint8Array): Uint8Array {
		if (this.mode === 'lf') return bytes;
		if (this.mode === 'cr') return crToLf(bytes);
		if (this.heldCr) {
			bytes = concatBytes(HELD_CR, bytes);
			this.heldCr = false;
		}
		const cr = bytes.indexOf(CR);
		const lf = bytes.indexOf(LF);
		if (cr === -1 || (lf !== -1 && lf < cr)) {
			if (lf !== -1) this.mode = 'lf';
			return bytes;
		}
		if (cr === bytes.length - 1) {
			this.heldCr = true;
			return bytes.subarray(0, -1);
		}
		this.mode = bytes[cr + 1] === LF ? 'lf' : 'cr';
		return this.push(bytes);
	}

	/** What is still held at the end of the text. */
	finish(): Uint8Array {
		if (!this.heldCr) return EMPTY_BYTES;
		this.heldCr = false;
		this.mode = 'cr';
		return Uint8Array.of(LF);
	}
}

/** A copy with every CR a line feed: the bytes given may be the caller's, and are not changed. */
function crToLf(bytes: Uint8Array): Uint8Array {
	const out = bytes.slice();
	for (let i = out.indexOf(CR); i !== -1; i = out.indexOf(CR, i + 1)) out[i] = LF;
	return out;
}

/**
 * The encoding a file is read in, from its first bytes: Excel's "Unicode Text" is UTF-16 with a
 * byte order mark; everything else is read as UTF-8 (GBK from Chinese Excel too: the columns that
 * are counted are ASCII either way).
 */
import { concatBytes, EMPTY_BYTES, utf8 } from './bytes';

export function sniffEncoding(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
	if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
	if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
	return 'utf-8';
}

/**
 * A file's bytes as UTF-8: passed through as they are, or, for UTF-16, decoded and encoded again
 * (Excel's "Unicode Text" is rare and small next to Amazon's own UTF-8 files).
 */
export class Utf8Input {
	/** undefined until the first bytes are seen; null for UTF-8. */
	private decoder: TextDecoder | null | undefined = undefined;
	/** A first byte that may start a UTF-16 byte order mark, until the second one comes. */
	private held: Uint8Array = EMPTY_BYTES;

	push(bytes: Uint8Array): Uint8Array {
		if (this.decoder === null) return bytes;
		if (this.decoder === undefined) {
			bytes = concatBytes(this.held, bytes);
			this.held = EMPTY_BYTES;
			if (bytes.length < 2 && (bytes[0] === 0xff || bytes[0] === 0xfe)) {
				this.held = bytes;
				return EMPTY_BYTES;
			}
			const encoding = sniffEncoding(bytes);
			if (encoding === 'utf-8') {
				this.decoder = null;
				return bytes;
			}
			this.decoder = new TextDecoder(encoding);
		}
		return utf8(this.decoder.decode(bytes, { stream: true }));
	}

	/** What is left at the end of the file. */
	finish(): Uint8Array {
		if (this.decoder) return utf8(this.decoder.decode());
		const held = this.held;
		this.held = EMPTY_BYTES;
		return held;
	}
}

/**
 * The encoding to decode a file with, from its first bytes: Excel's "Unicode Text" is UTF-16
 * with a byte order mark; everything else is read as UTF-8 (TextDecoder drops the UTF-8 BOM).
 */
export function sniffEncoding(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
	if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
	if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
	return 'utf-8';
}

/** Amazon order ids: three digits, seven digits, seven digits. */
export const ORDER_ID_RE = /^\d{3}-\d{7}-\d{7}$/;

export interface PastedIds {
	/** Valid ids, each once, in the order given. */
	ids: string[];
	/** Tokens that are not order ids, each once, at most MAX_INVALID_SHOWN of them. */
	invalid: string[];
	invalidCount: number;
}

const MAX_INVALID_SHOWN = 10;

/**
 * Order ids pasted from Seller Central, a spreadsheet or a chat: separated by any whitespace,
 * commas, semicolons or the Chinese enumeration comma. Full-width digits and dashes from
 * Chinese input methods are folded to ASCII.
 */
export function parseOrderIds(text: string): PastedIds {
	const ids = new Set<string>();
	const invalid = new Set<string>();
	let invalidCount = 0;
	const folded = text.normalize('NFKC').replace(/[\u2010-\u2015\u2212]/g, '-');
	for (const token of folded.split(/[\s,;、]+/)) {
		if (token === '') continue;
		const id = token.replace(/^["']+|["']+$/g, '');
		if (ORDER_ID_RE.test(id)) ids.add(id);
		else if (!invalid.has(token)) {
			invalidCount++;
			if (invalid.size < MAX_INVALID_SHOWN) invalid.add(token);
		}
	}
	return { ids: [...ids], invalid: [...invalid], invalidCount };
}

/** An English word's stem, roughly: plural and past endings off (cancellations → cancellation, sells → sell). */
export function roughStem(word: string): string {
	return word.length <= 4 ? word : word.replace(/(?:ies|es|s|ed|ing|d)$/, '');
}

/**
 * Reading a count the user typed and showing what is wrong with it next to the field, in the
 * page's language. A blank field is not an error until the user has typed in it or left it.
 */
import type { InputError } from '../../lib/cancellation-rate';
import { MAX_COUNT, parseCount, type ParseError, type ParseResult } from '../../lib/parse-count';
import type { CalcStrings } from './strings';

/** The string (under 'err.') that explains each problem. */
const ERROR_KEYS: Record<ParseError | InputError, string> = {
	empty: 'empty',
	negative: 'negative',
	fraction: 'fraction',
	'not-a-number': 'notNumber',
	'too-large': 'tooLarge',
	'cancelled-exceeds-total': 'cancelledExceedsTotal',
	'buyer-exceeds-cancelled': 'buyerExceedsCancelled',
};

export type FieldValue = number | 'bad' | 'missing';

export class FieldReader {
	/** Ids of fields the user has typed in or left: only those show "enter a number" when blank. */
	readonly touched = new Set<string>();

	constructor(
		private readonly strings: CalcStrings,
		/** Asked only for a message that shows a number: making it costs the page's first format (element.ts). */
		private readonly numbers: () => Intl.NumberFormat,
	) {}

	/** Shows or clears the message next to a field (the element right after it). */
	mark(input: HTMLInputElement, error: ParseError | InputError | null) {
		const message = input.nextElementSibling as HTMLElement;
		const hint = input.dataset.hint;
		message.hidden = !error;
		message.textContent = error ? this.strings.text('err.' + ERROR_KEYS[error], { max: this.numbers().format(MAX_COUNT) }) : '';
		if (error) {
			input.setAttribute('aria-invalid', 'true');
			input.setAttribute('aria-describedby', [message.id, hint].filter(Boolean).join(' '));
		} else {
			input.removeAttribute('aria-invalid');
			if (hint) input.setAttribute('aria-describedby', hint);
			else input.removeAttribute('aria-describedby');
		}
	}

	/** Reads a field; a blank one counts as 0 where `blankIsZero`, or is missing until touched. */
	read(input: HTMLInputElement, blankIsZero: boolean): FieldValue {
		const parsed = parseCount(input.value);
		if (parsed.ok) {
			this.mark(input, null);
			return parsed.value;
		}
		const { error } = parsed as Extract<ParseResult, { ok: false }>;
		if (error === 'empty' && (blankIsZero || !this.touched.has(input.id))) {
			this.mark(input, null);
			return blankIsZero ? 0 : 'missing';
		}
		this.mark(input, error);
		return 'bad';
	}
}

/**
 * "Copy both languages": a pair's two passages and the link to the passage the button sits in,
 * as plain text and, where the browser takes it, as simple HTML (two quotes and a link) for mail
 * and chat apps that paste formatted text. The HTML is built with DOM nodes and textContent, never
 * from strings, so nothing in the text can become markup.
 */
// The passage's own words only: not its buttons, the "whose words" label or the disclosure of Amazon's quotes.
const TOOLS = '.copy-link, .copy-both, .sr-only, .provenance, .evidence';

function passageText(passage: Element): string {
	const copy = passage.cloneNode(true) as Element;
	copy.querySelectorAll(TOOLS).forEach((el) => el.remove());
	return (copy.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
}

export async function copyBoth(button: HTMLElement): Promise<boolean> {
	const passage = button.closest<HTMLElement>('.passage');
	const passages = [...(passage?.closest('.pair')?.querySelectorAll<HTMLElement>(':scope > .passage') ?? [])];
	if (!passage || passages.length < 2) return false;
	const url = new URL(`#${passage.id}`, location.href).href;
	const texts = passages.map((p) => ({ lang: p.lang, text: passageText(p) }));
	const plain = [...texts.map((t) => t.text), url].join('\n\n');
	const html = document.createElement('div');
	for (const { lang, text } of texts) {
		const quote = html.appendChild(document.createElement('blockquote'));
		quote.lang = lang;
		quote.textContent = text;
	}
	const link = html.appendChild(document.createElement('p')).appendChild(document.createElement('a'));
	link.href = link.textContent = url;
	try {
		const type = (t: string, s: string) => new Blob([s], { type: t });
		await navigator.clipboard.write([new ClipboardItem({ 'text/plain': type('text/plain', plain), 'text/html': type('text/html', html.innerHTML) })]);
	} catch {
		try {
			// Browsers without ClipboardItem, or that refuse HTML: the plain text alone.
			await navigator.clipboard.writeText(plain);
		} catch {
			return false;
		}
	}
	return true;
}

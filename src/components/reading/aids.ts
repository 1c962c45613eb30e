/**
 * The reading aids at work on the page's aligned document, loaded after the first paint
 * (src/components/after-paint/). `data-aids` on the document says they are listening, for whoever waits
 * for them (the browser tests).
 */
import { copyBoth } from './copy-both';
import { sentenceHighlight } from './sentence-highlight';
import { termPopover, type TermData } from './term-popover';

const root = document.querySelector<HTMLElement>('aligned-doc');
const source = document.querySelector('script[data-reading-aids]');
if (root && source) {
	const data = JSON.parse(source.textContent ?? '{}') as TermData & { copied: string; failed: string };
	const status = root.querySelector<HTMLElement>('[data-copy-status]');
	sentenceHighlight(root);
	termPopover(root, data);
	root.addEventListener('click', async (event) => {
		const button = (event.target as Element).closest<HTMLElement>('[data-copy-both]');
		if (!button) return;
		const ok = await copyBoth(button);
		if (status) status.textContent = ok ? data.copied : data.failed;
		button.dataset.state = ok ? 'copied' : 'failed';
		setTimeout(() => delete button.dataset.state, 2000);
	});
	root.dataset.aids = '';
}

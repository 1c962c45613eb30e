/**
 * The site title as the header shows it, run in the page (by playwright in tests/e2e, by each
 * engine's driver in tests/engines): its text, and whether any of it is cut off by a box that
 * clips it (Starlight's `.title-wrapper` and the span inside it).
 */
export function siteTitleShown(): { text: string; cut: boolean } {
	const wrapper = document.querySelector('.title-wrapper')!;
	const title = wrapper.querySelector('.site-title')!;
	// Every box from the title's text up to the wrapper may clip it (Starlight's span is
	// `overflow: hidden`): none may hold more than it shows.
	const boxes: Element[] = [];
	for (let el: Element | null = title.querySelector('span') ?? title; el && wrapper.contains(el); el = el.parentElement) boxes.push(el);
	const cut = boxes.some((el) => el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight);
	return { text: wrapper.textContent!.trim(), cut };
}

export const SITE_TITLES = { zh: '亚马逊订单取消知识库', en: 'Cancellation Guide for Amazon Sellers' } as const;

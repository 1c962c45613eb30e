/**
 * The site title as the header shows it, run in the page (by playwright in tests/e2e, by each
 * engine's driver in tests/engines): its text, and whether any of it lies outside the box that
 * clips it (Starlight's `.title-wrapper`, `overflow: clip`).
 */
export function siteTitleShown(): { text: string; cut: boolean } {
	const wrapper = document.querySelector('.title-wrapper')!;
	const box = wrapper.getBoundingClientRect();
	const range = document.createRange();
	range.selectNodeContents(wrapper.querySelector('.site-title')!);
	const rects = [...range.getClientRects()].filter((r) => r.width > 0);
	const outside = (r: DOMRect) => r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5;
	return { text: wrapper.textContent!.trim(), cut: rects.length === 0 || rects.some(outside) };
}

export const SITE_TITLES = { zh: '亚马逊订单取消知识库', en: 'Cancellation Guide for Amazon Sellers' } as const;

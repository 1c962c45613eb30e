import { describe, expect, it } from 'vitest';
import { hintText } from '../../src/lib/hint-text';

describe('a definition as the term popover shows it', () => {
	it('keeps a passage in another language apart with its lang, and never its markup', () => {
		expect(hintText('由亚马逊配送的订单（<span lang="en">Fulfilled by Amazon</span>），不计入取消率。')).toEqual([
			'由亚马逊配送的订单（',
			['Fulfilled by Amazon', 'en'],
			'），不计入取消率。',
		]);
	});

	it('reads other markup as the text it holds, joined to its neighbours', () => {
		expect(hintText('指南的中文译文把它译作<span data-terms="mention">“预计配送时间”</span>。')).toEqual(['指南的中文译文把它译作“预计配送时间”。']);
		expect(hintText('Orders &amp; <b>returns</b>')).toEqual(['Orders & returns']);
	});

	it('gives nothing for nothing', () => {
		expect(hintText('')).toEqual([]);
	});
});

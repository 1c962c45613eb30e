import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import yaml from 'js-yaml';
import { firstSentence, NEXT_STEP_PASSAGES, nextSteps } from '../../src/lib/orders-report/next-steps';
import type { CauseSummary } from '../../src/lib/orders-report';

const guideline = yaml.load(readFileSync(new URL('../../src/content/aligned/guideline.yaml', import.meta.url), 'utf8')) as {
	blocks: { id: string; zh?: string; en?: string }[];
};

function summary(skuRows: number, oneToTwoDays: number, later: number): CauseSummary {
	const rows = Array.from({ length: skuRows }, (_, i) => ({ sku: `S${i}`, asin: '', name: '', cancelled: 1, orders: 1, share: '100.00', rate: '100.00' }));
	return {
		whole: { span: null, sellerCancelled: skuRows, multiSku: 0, rows },
		window: null,
		timing: { counted: skuRows, known: skuRows, medianHours: 1, sameDay: skuRows - oneToTwoDays - later, oneToTwoDays, later, unknown: 0 },
	};
}

describe('What to do next', () => {
	it('names guideline passages that exist, each with a text in both languages', () => {
		for (const id of Object.values(NEXT_STEP_PASSAGES)) {
			const block = guideline.blocks.find((b) => b.id === id);
			expect(block?.zh, id).toBeTruthy();
			expect(block?.en, id).toBeTruthy();
		}
	});

	it('takes the first sentence of a passage in each language', () => {
		const inventory = guideline.blocks.find((b) => b.id === 'update-inventory')!;
		expect(firstSentence(inventory.en!, 'en')).toBe(
			"Update your Amazon inventory regularly to avoid receiving orders for items that you can't ship by the expected date (stock-outs).",
		);
		expect(firstSentence(inventory.zh!, 'zh')).toBe('定期更新您的亚马逊库存，避免接受您在预计配送时间之前无法发货（缺货）的商品订单。');
		expect(firstSentence('One sentence only', 'en')).toBe('One sentence only');
	});

	it('offers stock and prices for cancelled products, and cancelling early only when some came a day or more late', () => {
		expect(nextSteps(summary(0, 0, 0))).toEqual([]);
		expect(nextSteps(summary(2, 0, 0))).toEqual(['stock', 'price']);
		expect(nextSteps(summary(3, 1, 0))).toEqual(['stock', 'price', 'early']);
		expect(nextSteps(summary(3, 0, 2))).toEqual(['stock', 'price', 'early']);
	});
});

/**
 * The Cancellation Rate by marketplace: every filled cell rests on a quote read on that
 * marketplace's own page and states no number its quote does not; the calculator's target for a
 * picked marketplace is the one that marketplace's page states; the answers on the page state no
 * number their quotes do not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { alignedDocSchema } from '../../src/lib/aligned';
import { CLAIMS } from '../../src/lib/claims';
import { COMPARED_MARKETPLACES, MARKETPLACE_STORAGE_KEY, MARKETPLACE_TARGETS, isComparedMarketplace, storedMarketplace } from '../../src/lib/marketplace-choice';
import { RULES, TOPICS, TOPIC_NAMES } from '../../src/lib/marketplace-rules';
import { placeholdersIn } from '../../src/lib/placeholders';
import { SOURCE_PAGES, type SourcePage } from '../../src/lib/source-pages';

const ROOT = new URL('../..', import.meta.url).pathname;
const WORDS: Record<string, string> = { seven: '7', two: '2', thirty: '30' };

/** The numbers a text states, as digits ("seven-day" states 7, "2.5%" states 2.5). */
const numbersIn = (text: string) =>
	new Set([
		...(text.match(/\d+(?:\.\d+)?/g) ?? []),
		...Object.entries(WORDS)
			.filter(([word]) => new RegExp(`\\b${word}\\b`, 'i').test(text))
			.map(([, digits]) => digits),
	]);
/** A Chinese or English text's numbers, counting 两 as 2 where it counts something (两次), not in 两页 (both pages). */
const statedIn = (text: string) => new Set([...numbersIn(text), ...(/两(次|单|个|天)/.test(text) ? ['2'] : [])]);

describe('the marketplace comparison', () => {
	it('has a name for every topic in both languages, and a cell in at least one marketplace per topic', () => {
		for (const topic of TOPICS) {
			expect(TOPIC_NAMES[topic].zh.length, topic).toBeGreaterThan(1);
			expect(TOPIC_NAMES[topic].en.length, topic).toBeGreaterThan(1);
			expect(Object.keys(RULES[topic]).length, topic).toBeGreaterThan(0);
		}
	});

	it.each(TOPICS)('%s: each cell quotes the page of its own marketplace', (topic) => {
		for (const [market, cell] of Object.entries(RULES[topic])) {
			const claim = CLAIMS[cell!.claim];
			const page: SourcePage = SOURCE_PAGES[claim.page];
			expect(page.marketplace, `${topic}/${market}: ${cell!.claim}`).toBe(market);
			expect(cell!.text.zh.length).toBeGreaterThan(1);
			expect(cell!.text.en.length).toBeGreaterThan(1);
		}
	});

	it.each(TOPICS)('%s: each cell states only numbers its quote states, the same in both languages', (topic) => {
		for (const [market, cell] of Object.entries(RULES[topic])) {
			const quoted = numbersIn(CLAIMS[cell!.claim].quote);
			for (const lang of ['zh', 'en'] as const) {
				for (const n of statedIn(cell!.text[lang])) expect(quoted, `${topic}/${market} (${lang}) states ${n}`).toContain(n);
			}
			expect([...statedIn(cell!.text.zh)].sort(), `${topic}/${market}`).toEqual([...statedIn(cell!.text.en)].sort());
		}
	});

	it("gives the calculator a target only where the marketplace's own page states one, and that one", () => {
		for (const market of COMPARED_MARKETPLACES) {
			const cell = RULES.target[market];
			const target = MARKETPLACE_TARGETS[market];
			if (!cell) {
				expect(target, market).toBeUndefined();
				continue;
			}
			const quote = CLAIMS[cell.claim].quote;
			expect(quote, market).toContain(target === 'in' ? 'under 2%' : 'under 2.5%');
		}
	});

	it("keeps the pick under the key the calculator reads, in the page's inline script too", () => {
		const component = readFileSync(join(ROOT, 'src/components/marketplaces/MarketplaceRules.astro'), 'utf8');
		expect(component).toContain(`const key = '${MARKETPLACE_STORAGE_KEY}';`);
	});

	it('reads back only a marketplace it compares from storage, and survives storage that throws', () => {
		const storage = (value: string | null) => ({ getItem: () => value });
		expect(storedMarketplace(storage('IN'))).toBe('IN');
		expect(storedMarketplace(storage('XX'))).toBeUndefined();
		expect(storedMarketplace(storage(null))).toBeUndefined();
		expect(storedMarketplace({ getItem: () => { throw new Error('blocked'); } })).toBeUndefined();
		expect(storedMarketplace(undefined)).toBeUndefined();
		expect(isComparedMarketplace('JP')).toBe(true);
		expect(isComparedMarketplace('jp')).toBe(false);
	});
});

describe('the answers to sellers\' questions', () => {
	const doc = alignedDocSchema.parse(yaml.load(readFileSync(join(ROOT, 'src/content/aligned/marketplaces.yaml'), 'utf8')));
	const questions = doc.blocks.filter((b) => b.kind === 'question');

	it('answers the questions of issue 22', () => {
		expect(questions.map((q) => q.id)).toEqual([
			'listing-removed',
			'where-to-see-rate',
			'item-cancellation',
			'buyer-cancel-window',
			'auto-cancel-days',
			'out-of-stock-reason',
			'cancelled-by-mistake',
			'pending-order',
			'india-charge',
			'uk-canada-differ',
		]);
	});

	it.each(questions.map((q) => [q.id, q] as const))('%s: cites the same quotes in both languages and states only numbers they state', (_, q) => {
		if (q.kind !== 'question') return;
		const cites = (text: string) => placeholdersIn(text).flatMap((p) => ('cite' in p ? [p.cite] : []));
		expect(cites(q.answer.zh)).toEqual(cites(q.answer.en));
		expect(cites(q.answer.zh).length).toBeGreaterThan(0);
		const quoted = new Set(cites(q.answer.en).flatMap((id) => [...numbersIn(CLAIMS[id as keyof typeof CLAIMS].quote)]));
		for (const lang of ['zh', 'en'] as const) {
			const prose = q.answer[lang].replace(/\{\{[^}]*\}\}/g, '').replace(/\]\([^)]*\)/g, ']');
			for (const n of statedIn(prose)) expect(quoted, `${q.id} (${lang}) states ${n}`).toContain(n);
		}
	});
});

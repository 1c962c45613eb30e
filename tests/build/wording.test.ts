/**
 * Wording a reader trusts, checked on the built pages by what the words mean, not by the strings
 * they are rendered from (content audit of 2026-12-06): no interface text of the other language
 * on a page, a calculator status that reads as what it is, and the article's Chinese never
 * passed off as Amazon's words. Each check is fed the slip it exists for, so a check that finds
 * nothing fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import yaml from 'js-yaml';
import { ROOT, allPages, pageFile, readPage, select, selectAll, text } from '../support/site';

const HAN = /\p{Script=Han}/u;
/** An English phrase: three Latin words in a row (a name such as “Buyer Cancelled” is two). */
const ENGLISH_PHRASE = /[A-Za-z][A-Za-z'’-]*(?:[ ,]+[A-Za-z][A-Za-z'’-]*){2,}/g;
const AUTHOR = (yaml.load(readFileSync(join(ROOT, 'src/content/sources/avoid-cancelling-orders.yaml'), 'utf8')) as { author: string }).author;

/** Where a string is in the wrong language for `lang`, as the offending text; none when it is right. */
function otherLanguage(value: string, lang: string): string[] {
	if (lang.startsWith('en')) return HAN.test(value) ? [value.trim()] : [];
	if (lang.startsWith('zh')) return [...value.matchAll(ENGLISH_PHRASE)].map((m) => m[0]);
	return [];
}

/** Text a reader meets on a page, each piece with the language it is marked as. */
function readerText(tree: Root): { lang: string; text: string; where: string }[] {
	const out: { lang: string; text: string; where: string }[] = [];
	const walk = (node: Element | Root, lang: string) => {
		for (const child of node.children) {
			if (child.type === 'text') {
				if (child.value.trim()) out.push({ lang, text: child.value, where: node.type === 'element' ? node.tagName : 'root' });
				continue;
			}
			if (child.type !== 'element') continue;
			// Not shown as text: markup, styles, the head (the bilingual 404 page's title names it in both).
			if (['style', 'template', 'svg', 'head', 'code'].includes(child.tagName)) continue;
			// The language picker names each language in that language, as language pickers do.
			if (child.tagName === 'starlight-lang-select') continue;
			const own = typeof child.properties.lang === 'string' ? child.properties.lang : lang;
			if (child.tagName === 'script') {
				// The calculator's strings and the guideline sentences its import links to: shown by its script.
				if ('dataStrings' in child.properties || 'dataNextSteps' in child.properties) {
					const data = JSON.parse(text(child)) as Record<string, string | { text: string }>;
					for (const [key, value] of Object.entries(data)) out.push({ lang: own, text: typeof value === 'string' ? value : value.text, where: `script ${key}` });
				}
				continue;
			}
			for (const attr of ['title', 'ariaLabel', 'alt', 'placeholder'] as const) {
				const value = child.properties[attr];
				if (typeof value === 'string' && value.trim()) out.push({ lang: own, text: value, where: `${child.tagName}[${attr}]` });
			}
			walk(child, own);
		}
	};
	walk(tree, '');
	return out;
}

const slips = (tree: Root) =>
	readerText(tree).flatMap((t) => otherLanguage(t.text, t.lang).map((found) => `${t.where} (lang ${t.lang || 'none'}): ${found}`));
const parseFile = (path: string) => fromHtml(readFileSync(pageFile(path), 'utf8'));

describe('the language of every piece of text', () => {
	it('finds interface text of the other language when a page has it', () => {
		const bad = fromHtml(
			'<html lang="zh-CN"><body><p>请填写订单数。Enter your orders here.</p><div lang="en"><p>Orders</p><a title="复制本段链接">#</a></div>' +
				'<script type="application/json" data-strings>{"under":"Under the target: the target is under 2.5%."}</script></body></html>',
		);
		expect(slips(bad)).toEqual([
			'p (lang zh-CN): Enter your orders here',
			'a[title] (lang en): 复制本段链接',
			'script under (lang zh-CN): Under the target',
			'script under (lang zh-CN): the target is under',
		]);
		expect(slips(fromHtml('<html lang="zh-CN"><body><p>以“Buyer Cancelled”为原因取消，见<span lang="en">Fulfilled by Amazon</span>。</p></body></html>'))).toEqual([]);
	});

	it.each(allPages())('%s: every text, label and calculator string is in the language it is marked as', (path) => {
		const tree = path.endsWith('.html') ? parseFile(path) : readPage(path);
		expect(readerText(tree).length).toBeGreaterThan(20);
		expect(slips(tree)).toEqual([]);
	});
});

/** The calculator's strings as its pages embed them, by language. */
function calculatorStrings(path: string): Record<string, string> {
	const script = select('cr-calculator script[data-strings]', readPage(path));
	expect(script, `${path} embeds the calculator's strings`).toBeTruthy();
	return JSON.parse(text(script!)) as Record<string, string>;
}

/**
 * What a status must say, by meaning. A good status says the target is met (已达标 / "Meets the
 * target") and says nothing a seller reads as falling short: in Chinese 低于目标 is what sales do
 * when they miss one, and "under target" reads the same way in English.
 */
const STATUS = {
	zh: { good: /^已达标/, bad: /^未达标/, failure: /低于目标|未达|不达标|没达|没有达|不合格|超标/ },
	en: { good: /^Meets the target\b/, bad: /^Target missed\b/, failure: /\bunder (?:the )?target\b|\bmiss|\bfail|\bnot\b|\bbelow\b|\bshort\b/i },
};

function statusProblems(strings: Record<string, string>, lang: 'zh' | 'en'): string[] {
	const rule = STATUS[lang];
	const problems: string[] = [];
	for (const key of ['under', 'daily.statusUnder']) {
		const value = strings[key] ?? '';
		if (!rule.good.test(value)) problems.push(`${key} does not say the target is met: ${value}`);
		if (rule.failure.test(value)) problems.push(`${key} reads as a failure: ${value}`);
	}
	for (const key of ['over', 'daily.statusOver']) {
		if (!rule.bad.test(strings[key] ?? '')) problems.push(`${key} does not say the target is missed: ${strings[key]}`);
	}
	return problems;
}

describe('the calculator’s status words', () => {
	it('are refused when the good status reads as a failure', () => {
		expect(statusProblems({ under: '低于目标：目标是低于 2.5%。', 'daily.statusUnder': '低于目标', over: '未达标', 'daily.statusOver': '未达标' }, 'zh')).toHaveLength(4);
		expect(statusProblems({ under: 'Under the target: the target is under 2.5%.', 'daily.statusUnder': 'Under the target', over: 'Target missed', 'daily.statusOver': 'Target missed' }, 'en')).toHaveLength(4);
		expect(statusProblems({ under: '已达标：目标是低于 2.5%。', 'daily.statusUnder': '已达标', over: '未达标：目标是低于 2.5%。', 'daily.statusOver': '未达标' }, 'zh')).toEqual([]);
	});

	it.each([
		['/calculator/', 'zh'],
		['/guideline/', 'zh'],
		['/en/calculator/', 'en'],
		['/en/guideline/', 'en'],
	] as const)('%s says 已达标 / "Meets the target" for a rate that meets it, and never reads it as a failure', (path, lang) => {
		expect(statusProblems(calculatorStrings(path), lang)).toEqual([]);
	});
});

/** The article's Chinese, line by line, as the site publishes it (ASCII punctuation made full-width). */
const ARTICLE_ZH = readFileSync(join(ROOT, 'sources/avoid-cancelling-orders.txt'), 'utf8')
	.split('\n')
	.map((l) => l.replace(/^\s*•\s*/, '').trim())
	.filter((l) => HAN.test(l))
	.map((l) => l.replace(/[,:?()!;]/g, (c) => ({ ',': '，', ':': '：', '?': '？', '(': '（', ')': '）', '!': '！', ';': '；' })[c]!));
const isArticleChinese = (s: string) => s.length > 3 && ARTICLE_ZH.some((line) => line.includes(s));

/** Words that credit a text to Amazon, in either language. */
const CREDITS_AMAZON = /(?:摘自|出自|来自|引自)亚马逊|亚马逊(?:的)?(?:原文|原话|文字|指南)|\bAmazon's (?:text|words|original)|\bfrom Amazon\b/i;

function articleLabelProblems(label: string): string[] {
	const problems: string[] = [];
	if (CREDITS_AMAZON.test(label)) problems.push(`credits Amazon: ${label}`);
	if (!label.includes(AUTHOR)) problems.push(`does not name the article (by ${AUTHOR}): ${label}`);
	return problems;
}

describe("the article's Chinese", () => {
	it('is refused a label or caption that credits it to Amazon', () => {
		expect(articleLabelProblems('亚马逊原文')).toHaveLength(2);
		expect(articleLabelProblems('摘自亚马逊指南《避免取消订单》')).toHaveLength(2);
		expect(articleLabelProblems(`Amazon's text (${AUTHOR})`)).toHaveLength(1);
		expect(articleLabelProblems(`译文，载于${AUTHOR}的文章（译者未注明）`)).toEqual([]);
	});

	it.each(['/guideline/', '/en/guideline/', '/faq/', '/en/faq/'])("%s labels every passage of the article's Chinese as the article's, never Amazon's", (path) => {
		const tree = readPage(path);
		let checked = 0;
		for (const passage of selectAll('.passage[lang="zh-CN"]', tree)) {
			// A block passage holds its label and link buttons beside the text; a heading or question is the text.
			const body = passage.tagName === 'div' ? selectAll(':scope > p', passage).map(text).join('') : text(passage);
			if (!isArticleChinese(body)) continue;
			checked++;
			const id = String(passage.properties.id ?? body);
			// The guideline's Chinese is a translation the article published, naming no translator: not its author's words.
			expect(passage.properties.dataProvenance, id).toBe(path.includes('guideline') ? 'article' : 'author');
			const label = select(':scope > .provenance', passage);
			if (label) expect(articleLabelProblems(text(label)), id).toEqual([]);
		}
		expect(checked).toBeGreaterThan(3);
	});

	it("is credited in the guideline's JSON-LD to the article it is part of, not to Amazon", () => {
		const [doc] = selectAll('script[type="application/ld+json"]', readPage('/guideline/')).map((s) => JSON.parse(text(s)));
		expect(doc.inLanguage).toBe('zh-CN');
		expect(JSON.stringify(doc.author ?? {})).not.toContain('Amazon');
		expect(doc.isPartOf?.author?.name).toBe(AUTHOR);
	});

	it.each(['/calculator/'])("%s: the import's next steps, the article's Chinese sentences, are captioned as the article's translation", (path) => {
		const steps = JSON.parse(text(select('script[data-next-steps]', readPage(path))!)) as Record<string, { text: string }>;
		const sentences = Object.values(steps).map((s) => s.text);
		expect(sentences.length).toBeGreaterThanOrEqual(3);
		for (const s of sentences) expect(isArticleChinese(s), s).toBe(true);
		const caption = calculatorStrings(path)['import.next.source'];
		expect(articleLabelProblems(caption)).toEqual([]);
		expect(caption).toContain('译文');
	});
});

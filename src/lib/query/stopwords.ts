/**
 * Words that make a sentence a question rather than say what it is about, in both languages:
 * question words, particles, pronouns, auxiliaries. Pagefind keeps a page only when it holds every
 * word of a query, so one 吗 or "does" left in made a seller's question find nothing. These are
 * rules of the two languages, not of the site's content (that is the vocabulary).
 *
 * Published in search-data.json (src/pages/search-data.json.ts), which the dialog fetches with its
 * first query anyway, and read back by `stopWords` (parse.ts): in the dialog's script they cost
 * bytes every page downloads once it is idle. Only the build and the tests import this module.
 */
import type { StopWords } from './parse';

export const STOP_WORDS_TEXT = {
	zh: (
		'吗 呢 吧 啊 呀 嘛 哦 嗯 么 办 的 地 得 了 着 过 是 不 没 有 在 被 把 对 就 都 也 还 和 与 及 或 跟 给 让 从 到 之 其 个 这 那 哪 几 啥 咋 请 问 想 会 能 要 该 算 ' +
		'什么 什么样 是什么 怎么 怎样 怎么样 怎么办 咋办 如何 为什么 为何 为啥 多少 多久 多长 哪些 哪个 哪里 是不是 是否 会不会 能否 能不能 可以 可不可以 可能 ' +
		'算不算 算是 需要 应该 应当 我 我们 我的 你 您 你们 他 她 它 他们 自己 没有 有没有 或者 还是 如果 的话 因为 所以 这个 那个 这些 那些 这样 那样 一下 ' +
		'一个 请问 知道 告诉 关于 有关 情况 问题 时候 之后 以后 然后 不算 不会 不能 不是 不要 怎么回事 一般 会被 被算 ' +
		// The words a seller tells a situation with (when, how often, who, how it felt): a long question
		// holds many, and as words the site never writes they looked rarer, so weightier, than its subject.
		'最近 近来 现在 目前 已经 已经有 刚刚 刚才 之前 今天 昨天 经常 一直 总是 老是 有时 有时候 每次 这次 上次 突然 结果 后来 ' +
		'老板 大家 各位 朋友 同事 那边 这边 两边 一边 一下子 一起 到底 究竟 意味着 着急 担心 害怕 感觉 觉得 好像 似乎 其实 真的 确实 ' +
		'比较 特别 非常 有点 有些 一些 一点 几个 很多 好多 只好 只能 才能 但是 可是 不过 而且 并且 还有 求助 请教 想问 谢谢 麻烦 咱们 我家 我们家 这种 那种 这么 那么'
	),
	en: (
		'a an the is are was were be been being am do does did doing done have has had having can could should would will shall may might must ' +
		"i me my mine we us our you your yours he him his she her it its they them their what what's whats which who whom whose when where why how how's " +
		"if then than so that that's this these those there here of to in on at by for with about from into as and or but not no nor any some much many " +
		"get gets got happen happens happened please tell know need want wants still also just only very too really exactly mean means meant " +
		"can't cant don't dont doesn't doesnt won't isn't isnt i'm im i've ive let's ok okay thing things anything something someone one " +
		"myself yourself himself herself itself ourselves yourselves themselves " +
		// Telling a situation, as above.
		"recently lately currently sometimes always usually often already actually basically honestly worried worry wondering concerned afraid " +
		"boss guys hi hello thanks thank anyone everyone somebody told said says saying think guess seems seem maybe perhaps probably several lot lots bit " +
		"both same each every another else"
	),
};

/** The lists as the query layer reads them. */
export const STOP_WORDS: StopWords = { zh: new Set(STOP_WORDS_TEXT.zh.split(' ')), en: new Set(STOP_WORDS_TEXT.en.split(' ')) };

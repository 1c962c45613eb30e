/**
 * Ranking that prefers the answer to the passages that merely share a question's words. A seller
 * asking "取消率的上限" or "how is the cancellation rate calculated" names a metric and an aspect
 * of it (its target, its formula, its window); the site answers each aspect of a metric in a block
 * of its own on the metric's page (cancellation-rate#target, #formula, #window), while the
 * table of all metrics and the worked example also hold both words. So a passage that is the
 * asked aspect of the asked metric gets the weight of both terms again. The aspects are marked in
 * the seller vocabulary's data (`aspect: <block id>`), not here.
 */
import { HOW_LONG, RATE_GIVEN, questionKinds } from './kind';
import type { QueryPlan, QueryTerm } from './parse';
import type { Vocabulary } from './vocabulary';

/** What being the asked aspect of the asked metric adds, in units of both terms' weights. */
export const ASPECT_BONUS = 2;

/**
 * The plan with the site's subject added when it asks for an aspect of no metric ("what is the
 * limit", "考核周期是多少天"): on this site that is the Cancellation Rate, the glossary's first
 * term. Its names are searched so that the metric's page is among the results.
 */
export function withSubject(plan: QueryPlan, vocabulary: Vocabulary): QueryPlan {
	const aspects = plan.terms.filter((t) => t.aspect);
	if (aspects.length === 0 || plan.terms.some((t) => t.concept && !t.aspect && t.usage)) return plan;
	const subject = vocabulary.find((e) => e.usage && !e.aspect);
	if (!subject) return plan;
	const term: QueryTerm = { text: subject.zh[0], forms: [subject.zh[0], subject.en[0].toLowerCase()], concept: subject.id, usage: subject.usage, at: [plan.query.length, plan.query.length] };
	return { ...plan, terms: [...plan.terms, term] };
}

/**
 * The plan with an aspect asked in other words than its name, when it names a metric and no
 * aspect: "how long" asks for the metric's window (取消率看最近几天, how many days of orders are in
 * the rate: the number of days a rate is about is its window), and a rate given as a number asks
 * for its target (仪表盘上取消率显示 3%, my rate is 4 percent: is that too high?). Only of a metric
 * (its Chinese name is a rate, 率): "多少天自动取消" asks how long until something happens, which the
 * passage on it answers. Nothing more is searched: the aspect's block is on the metric's page,
 * which the metric's own search loads.
 */
export function withAskedAspect(plan: QueryPlan, vocabulary: Vocabulary): QueryPlan {
	if (plan.terms.some((t) => t.aspect)) return plan;
	const asked = questionKinds(plan.query).includes(HOW_LONG) ? 'window' : RATE_GIVEN.test(plan.query) ? 'target' : undefined;
	const metric = (id: string | undefined) => vocabulary.find((e) => e.id === id)?.zh[0].endsWith('率');
	const aspect = asked && vocabulary.find((e) => e.aspect === asked);
	if (!aspect || !plan.terms.some((t) => metric(t.concept))) return plan;
	const at: [number, number] = [plan.query.length, plan.query.length];
	return { ...plan, terms: [...plan.terms, { text: aspect.zh[0], forms: [], concept: aspect.id, aspect: aspect.aspect, at }] };
}

/** Passage keys (`page#block`) that are an asked aspect of an asked metric, with the two terms. */
export function aspectPassages(plan: QueryPlan): Map<string, [number, number]> {
	const out = new Map<string, [number, number]>();
	for (const [a, aspect] of plan.terms.entries()) {
		if (!aspect.aspect) continue;
		for (const [s, subject] of plan.terms.entries()) {
			if (subject.aspect || !subject.usage) continue;
			const page = subject.usage.split('#')[0];
			out.set(`${page}#${aspect.aspect}`, [a, s]);
		}
	}
	return out;
}

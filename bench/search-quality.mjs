/**
 * How well search answers, on the built index (`npm run build` first): every question of the
 * project's table, split into the part tuned on and the part held back
 * (tests/build/search-questions.ts), and of the held-out sets written apart from it
 * (tests/build/search-fresh-questions.ts, tests/build/search-strangers.ts, and the third,
 * tests/build/search-third-set.ts), asked from a Chinese and from an English page through
 * the same query layer and index as the dialog (tests/support/pagefind.ts). Prints, per part and
 * page language, the share with an answering passage among the first three results and the
 * questions that returned nothing; with `--misses`, the questions missed and what came first.
 *
 * The TypeScript modules are loaded through Vite's SSR loader, as vitest loads them.
 * Usage: node bench/search-quality.mjs [--misses]   (also run by bench/search.mjs)
 */
import { createServer } from 'vite';

const ROOT = new URL('..', import.meta.url).pathname;

export async function scoreQuestions({ dist = 'dist', misses = false } = {}) {
	const vite = await createServer({ root: ROOT, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom', optimizeDeps: { noDiscovery: true } });
	try {
		const load = (path) => vite.ssrLoadModule(path);
		const { siteSearch } = await load('/tests/support/pagefind.ts');
		const { TUNED, HELD_BACK, missed } = await load('/tests/build/search-questions.ts');
		const { FRESH_QUESTIONS } = await load('/tests/build/search-fresh-questions.ts');
		const { STRANGER_QUESTIONS } = await load('/tests/build/search-strangers.ts');
		const { SET3_QUESTIONS } = await load('/tests/build/search-third-set.ts');
		const parts = { tuned: TUNED, 'held back': HELD_BACK, 'held-out set': FRESH_QUESTIONS, 'strangers (2nd set)': STRANGER_QUESTIONS, 'third set': SET3_QUESTIONS };
		const rows = [];
		const lines = [];
		for (const ui of ['zh', 'en']) {
			const search = await siteSearch(`${ROOT}${dist}`, '/', ui);
			for (const [part, table] of Object.entries(parts)) {
				const answers = new Map();
				for (const { q } of table) answers.set(q, await search.answer(q));
				const top3 = (q) => answers.get(q).hits.slice(0, 3).map((h) => h.url.replace(/\?[^#]*/, ''));
				const miss = missed(table, top3, ui);
				const empty = table.filter(({ q }) => answers.get(q).hits.length === 0).length;
				rows.push({ ui, part, n: table.length, share: 1 - miss.length / table.length, missed: miss.length, empty });
				if (misses) for (const m of miss) lines.push(`${ui} | ${part} | ${m.q} → ${top3(m.q).join(' ') || '(nothing)'}  [want ${m.answers.join(' ')}]`);
			}
		}
		return { rows, lines };
	} finally {
		await vite.close();
	}
}

export function qualityTable(rows) {
	const name = { zh: 'Chinese', en: 'English' };
	const out = ['| Page | Questions | Answer in the first three | Missed | Returned nothing |', '| --- | --- | --- | --- | --- |'];
	for (const r of rows) out.push(`| ${name[r.ui]} | ${r.part} (${r.n}) | ${(r.share * 100).toFixed(1)}% | ${r.missed} | ${r.empty} |`);
	return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { rows, lines } = await scoreQuestions({ dist: process.env.BENCH_DIST ?? 'dist', misses: process.argv.includes('--misses') });
	console.log(qualityTable(rows));
	if (lines.length) console.log(`\n${lines.join('\n')}`);
}

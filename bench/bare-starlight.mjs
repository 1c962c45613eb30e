/**
 * The yardstick for first paint: a bare Starlight site (two locales, zh-CN at the root and English,
 * no components, scripts or styles of ours) with a twin of each measured page: the same path, the
 * same title and description, and the same text, read from our built page. Built with the
 * project's own Astro and Starlight into node_modules/.cache/, so it resolves the same packages,
 * and served the same way as the site (bench/static-host.mjs) by bench:lighthouse.
 *
 * "The same text" is what a reader can read in the page's content: its headings, paragraphs, list
 * items, quotes, captions, table cells, form labels and outputs, as plain Markdown, with no link,
 * button or markup of ours. A block whose text appears twice on our page (each rule's quote is
 * written out under both languages) is written once, so what the twin leaves out, ours pays for.
 * Until 2026-12-06 every page was compared with a twin of the guideline, which made the long
 * reference pages look slow for holding more text (docs/benchmarks.md, "Lighthouse").
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = join(ROOT, 'node_modules', '.cache', 'bare-starlight');

/** Elements whose text is a block of its own in the twin. */
const BLOCKS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'dt', 'dd', 'summary', 'figcaption', 'caption', 'legend', 'label', 'tr', 'output']);
/** Our controls and anything a reader does not read as the page's text. */
const SKIP = new Set(['script', 'style', 'template', 'svg', 'button', 'select', 'textarea', 'input']);

/** @param {import('hast').Element} el */
function skipped(el) {
	const classes = /** @type {string[]} */ (el.properties.className ?? []);
	return SKIP.has(el.tagName) || el.tagName === 'reading-mode-control' || classes.includes('sr-only') || classes.includes('copy-link') || el.properties.hidden != null;
}

/** @param {import('hast').Element} el @returns {boolean} */
const holdsBlocks = (el) => el.children.some((c) => c.type === 'element' && (BLOCKS.has(c.tagName) || holdsBlocks(c)));
/** Our headings hold each language's text in a passage of its own. @param {import('hast').Element} el */
const passages = (el) =>
	el.children.filter((c) => c.type === 'element' && /** @type {string[]} */ (c.properties.className ?? []).includes('passage'));

/** @param {import('hast').Nodes} node */
function textOf(node) {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element' && node.type !== 'root') return '';
	if (node.type === 'element' && skipped(node)) return '';
	return node.children.map((c) => (c.type === 'element' && c.tagName === 'br' ? ' ' : textOf(c))).join('');
}

/** Backslash-escapes what Markdown would read as markup. @param {string} text */
const escape = (text) => text.replace(/[\\`*_[\]<>#|!~{}]/g, '\\$&');
/** @param {string} text */
const squash = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * The page's content as Markdown: one paragraph (or heading, or table row) per block, in order.
 * @param {import('hast').Element} content
 */
function markdownOf(content) {
	/** @type {string[]} */
	const out = [];
	const seen = new Set();
	/** @param {import('hast').Nodes} node @param {boolean} quoted */
	const walk = (node, quoted) => {
		if (node.type !== 'element' && node.type !== 'root') return;
		if (node.type === 'element') {
			if (skipped(node)) return;
			if (node.tagName === 'table') {
				const rows = node.children
					.flatMap((c) => (c.type === 'element' && /^t(head|body|foot)$/.test(c.tagName) ? c.children : [c]))
					.filter((r) => r.type === 'element' && r.tagName === 'tr');
				const cells = rows.map((r) => /** @type {import('hast').Element} */ (r).children.filter((c) => c.type === 'element').map((c) => escape(squash(textOf(c)))));
				const width = Math.max(...cells.map((c) => c.length));
				if (cells.length === 0 || width < 1) return;
				const line = (/** @type {string[]} */ c) => `| ${[...c, ...Array(width - c.length).fill('')].join(' | ')} |`;
				out.push([line(cells[0]), line(Array(width).fill('---')), ...cells.slice(1).map(line)].join('\n'));
				return;
			}
			// A block of text: a block element with none inside it, or any other element holding text
			// of its own (a card's title, the hero's tagline, a passage's label).
			const ownText = node.children.some((c) => c.type === 'text' && c.value.trim() !== '');
			if ((BLOCKS.has(node.tagName) || ownText) && !holdsBlocks(node)) {
				const parts = passages(node);
				for (const part of parts.length > 0 ? parts : [node]) {
					const text = squash(textOf(part));
					if (!text || seen.has(text)) continue;
					seen.add(text);
					const heading = /^h[2-6]$/.test(node.tagName) ? `${'#'.repeat(Number(node.tagName[1]))} ` : '';
					out.push(`${quoted ? '> ' : node.tagName === 'li' ? '- ' : ''}${heading}${escape(text)}`);
				}
				return;
			}
			quoted ||= node.tagName === 'blockquote';
		}
		for (const child of node.children) walk(child, quoted);
	};
	walk(content, false);
	return out.join('\n\n');
}

/** `/en/faq/` → `en/faq.md`; `/` → `index.md`. @param {string} path */
const fileOf = (path) => `${path.replace(/^\/|\/$/g, '') || 'index'}.md`.replace(/^en\.md$/, 'en/index.md');

/** @param {string} path @param {string} content */
function write(path, content) {
	mkdirSync(dirname(join(DIR, path)), { recursive: true });
	writeFileSync(join(DIR, path), content);
}

/**
 * The twin of one built page: its title, description and content's text.
 * @param {string} dist @param {string} path
 */
export function twinOf(dist, path) {
	const tree = fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
	const title = squash(textOf(select('main h1', tree) ?? { type: 'root', children: [] }));
	const description = select('meta[name=description]', tree)?.properties.content;
	const content = select('main .sl-markdown-content', tree);
	if (!title || !content) throw new Error(`${path}: no title or no content to copy into its bare twin`);
	// A splash page (the home pages) gets Starlight's splash template and hero, with its tagline.
	const tagline = select('main .hero .tagline', tree);
	const splash = tagline ? `template: splash\nhero:\n  tagline: ${JSON.stringify(squash(textOf(tagline)))}\n` : '';
	return `---\ntitle: ${JSON.stringify(title)}\n${description ? `description: ${JSON.stringify(String(description))}\n` : ''}${splash}---\n\n${markdownOf(content)}\n`;
}

/**
 * Builds the bare site, a twin of each of `paths` of the build in `dist`, and returns its output
 * folder.
 * @param {string} dist @param {string[]} paths
 */
export function buildBareStarlight(dist, paths) {
	rmSync(DIR, { recursive: true, force: true });
	write(
		'astro.config.mjs',
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
	site: 'http://localhost:4321',
	trailingSlash: 'always',
	integrations: [starlight({
		title: { 'zh-CN': '亚马逊订单取消知识库', en: 'Amazon Cancellation Guide' },
		defaultLocale: 'root',
		locales: { root: { label: '简体中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } },
	})],
});
`,
	);
	write(
		'src/content.config.ts',
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	for (const path of paths) write(join('src/content/docs', fileOf(path)), twinOf(dist, path));
	execFileSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--root', DIR, '--silent'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	return join(DIR, 'dist');
}

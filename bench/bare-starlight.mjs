/**
 * The yardstick for first paint: a bare Starlight site (two locales, zh-CN at the root and English,
 * no components, scripts or styles of ours) whose guideline page holds the same text as ours, both
 * languages one after the other, heading by heading. Built with the project's own Astro and
 * Starlight into node_modules/.cache/, so it resolves the same packages, and served the same way
 * as the site (bench/static-host.mjs) by bench:lighthouse.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = join(ROOT, 'node_modules', '.cache', 'bare-starlight');

/** The guideline's pairs as Markdown: each heading and passage in Chinese, then in English. */
function guidelineMarkdown() {
	const doc = /** @type {{ blocks: { kind?: string, zh?: string, en?: string, question?: { zh: string, en: string }, answer?: { zh: string, en: string } }[] }} */ (
		yaml.load(readFileSync(join(ROOT, 'src/content/aligned/guideline.yaml'), 'utf8'))
	);
	const out = [];
	for (const block of doc.blocks) {
		if (!block.zh || !block.en) continue;
		if (block.kind === 'heading') out.push(`## ${block.zh}`, `## ${block.en}`);
		else if (block.kind === 'item') out.push(`- ${block.zh}`, `- ${block.en}`);
		else out.push(block.zh, block.en);
	}
	return out.join('\n\n');
}

/** @param {string} path @param {string} content */
function write(path, content) {
	mkdirSync(dirname(join(DIR, path)), { recursive: true });
	writeFileSync(join(DIR, path), content);
}

/** Builds the bare site and returns its output folder. */
export function buildBareStarlight() {
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
	const body = guidelineMarkdown();
	write('src/content/docs/guideline.md', `---\ntitle: 避免取消订单\n---\n\n${body}\n`);
	write('src/content/docs/en/guideline.md', `---\ntitle: Avoid cancelling orders\n---\n\n${body}\n`);
	execFileSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--root', DIR, '--silent'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	return join(DIR, 'dist');
}

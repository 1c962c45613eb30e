/**
 * The term popovers' data, one file per locale (src/astro-content/reading-aids.ts): fetched by
 * the reading aids after a page's first paint rather than carried in every page's HTML.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { termHints } from '../../astro-content/reading-aids';
import { LANGS, LANG_TAG, type Lang } from '../../lib/lang';

export const getStaticPaths: GetStaticPaths = () => LANGS.map((lang) => ({ params: { lang: LANG_TAG[lang] }, props: { lang } }));

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
	new Response(JSON.stringify(await termHints(props.lang)), { headers: { 'Content-Type': 'application/json' } });

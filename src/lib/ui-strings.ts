/**
 * Our own interface strings, added to Starlight's i18n collection so that components read them
 * with `Astro.locals.t()`. Every key must be present in both `src/content/i18n/*.json` files
 * (a unit test checks), so no label exists in one language only.
 */
import { z } from 'zod';

export const UI_STRING_KEYS = [
	'kb.readingMode.legend',
	'kb.readingMode.side',
	'kb.readingMode.interleaved',
	'kb.readingMode.zh',
	'kb.readingMode.en',
	'kb.passage.copyLink',
	'kb.passage.copyLinkIn',
	'kb.passage.copied',
	'kb.passage.copyFailed',
	'kb.lang.zh',
	'kb.lang.en',
	'kb.attribution.heading',
	'kb.attribution.title',
	'kb.attribution.author',
	'kb.attribution.published',
	'kb.attribution.origin',
	'kb.attribution.translation',
	'kb.attribution.disclaimer',
	'kb.attribution.disclaimerNote',
	'kb.faq.answer',
	'kb.search.language',
] as const;

export type UiStringKey = (typeof UI_STRING_KEYS)[number];

export const uiStringsSchema = z.object(
	Object.fromEntries(UI_STRING_KEYS.map((k) => [k, z.string().min(1).optional()])) as Record<
		UiStringKey,
		z.ZodOptional<z.ZodString>
	>,
);

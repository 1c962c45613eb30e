import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { alignedDocSchema, sourceSchema } from './lib/aligned';
import { sellerWordsSchema } from './lib/query/seller-words';
import { termEntrySchema } from './lib/terminology';
import { uiStringsSchema } from './lib/ui-strings';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({
			extend: z.object({
				/** Id of the aligned document (in `src/content/aligned/`) this page renders. */
				aligned: z.string().optional(),
			}),
		}),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
	/** Chinese/English pairs, one file a document: the single source both locales render from. */
	aligned: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './src/content/aligned' }),
		schema: alignedDocSchema,
	}),
	/** The site's terminology: words to use, variants to avoid and why (src/lib/terminology.ts). */
	terms: defineCollection({ loader: file('src/content/terms.yaml'), schema: termEntrySchema }),
	/** Words sellers use for the site's terms, with their meaning: read by search, shown on the glossary. */
	sellerWords: defineCollection({
		// Entries are keyed by their meaning, which each names once.
		loader: file('src/content/seller-words.yaml', { parser: (text) => (yaml.load(text) as { means: string }[]).map((e) => ({ id: e.means, ...e })) }),
		schema: sellerWordsSchema,
	}),
	/** The articles published here, with their attribution. */
	sources: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './src/content/sources' }),
		schema: sourceSchema,
	}),
};

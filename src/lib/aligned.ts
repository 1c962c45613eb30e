/**
 * The alignment model: a document is a list of blocks, each one Chinese/English pair stored
 * once with a stable id. Both locale pages render from the same pairs, so a translation cannot
 * drift from its original or go missing in one language.
 */
import { z } from 'astro/zod';
import { passageId, plainText, type Lang } from './lang';
import { sentenceGroupsSchema } from './sentence-pairs';

// Browser scripts import these from ./lang directly (see there why); the rest of the code may keep
// importing them from here.
export { LANGS, LANG_TAG, langOrder, passageId, plainText, toLang, type Lang } from './lang';

/** Ids become URL fragments and must survive being copied into chat apps: lowercase, digits, dashes. */
const idSchema = z
	.string()
	.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'ids are lowercase words joined by dashes');

/** Markdown text in one language; must not be blank. */
const textSchema = z.string().trim().min(1);

/** One pair: the same text in both languages. */
export const pairSchema = z.object({ zh: textSchema, en: textSchema }).strict();

/**
 * Whose words a passage is: Amazon's text, the article author's, a translation the article
 * published without naming its translator (the guideline's Chinese: the article credits Amazon's
 * site as its source, so its author is not the translation's author), this site's translation,
 * this site's own writing, or this site's reading of Amazon's rules (what it concludes beyond
 * Amazon's words). Shown as a label on every passage and said again in JSON-LD.
 */
export const PROVENANCES = ['amazon', 'author', 'article', 'translation', 'site', 'reading'] as const;
/** Words published as they are, from Amazon or the article: the record, not this site's wording. */
export const PUBLISHED_AS_IS: readonly Provenance[] = ['amazon', 'author', 'article'];
export type Provenance = (typeof PROVENANCES)[number];
const provenanceSchema = z.enum(PROVENANCES);
/** One value for both languages, or one per language. */
const provenancePairSchema = z.union([
	provenanceSchema.transform((p) => ({ zh: p, en: p })),
	z.object({ zh: provenanceSchema, en: provenanceSchema }).strict(),
]);
export type ProvenancePair = Record<Lang, Provenance>;

/**
 * `provenance` overrides the document's default for one block (a passage of this site's reading);
 * `sentences`: how the pair's sentences group, where the languages split differently (see sentence-pairs.ts).
 */
const blockBase = {
	id: idSchema,
	zh: textSchema,
	en: textSchema,
	provenance: provenancePairSchema.optional(),
	sentences: sentenceGroupsSchema.optional(),
};

/** Components an aligned document may embed, by name. */
export const EMBED_COMPONENTS = ['calculator', 'marketplace-rules'] as const;
export type EmbedComponent = (typeof EMBED_COMPONENTS)[number];

/** A page of this site by its slug without locale (`guideline`, `reference/glossary`). */
const pageSchema = z.string().regex(/^[a-z0-9]+(?:[/-][a-z0-9]+)*$/, 'a page slug such as "guideline"');

/** Other names of a term, per language: plain words, each non-blank. */
const namesSchema = z.array(z.string().trim().min(1));

/**
 * A glossary entry: the pair is the term itself (plain text), with a short definition in both
 * languages and the aligned block where the site uses it; consecutive terms render as a table.
 * `aliases` are the other names sellers use for it (abbreviations, everyday words): the glossary
 * shows them, and search reads them to understand a query (src/lib/query/).
 */
const termSchema = z
	.object({
		kind: z.literal('term'),
		...blockBase,
		definition: pairSchema,
		usage: z.object({ page: pageSchema, block: idSchema }).strict(),
		aliases: z.object({ zh: namesSchema.default([]), en: namesSchema.default([]) }).strict().optional(),
	})
	.strict();

export type TermBlock = z.infer<typeof termSchema>;

/** A block of an aligned document. `paragraph` is the default kind. */
export const blockSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]).default(2), ...blockBase }).strict(),
	z.object({ kind: z.literal('paragraph'), ...blockBase }).strict(),
	/** A list item; consecutive items render as one list. */
	z.object({ kind: z.literal('item'), ...blockBase }).strict(),
	/** A FAQ entry: the question is the pair itself, the answer a second pair. */
	z.object({ kind: z.literal('question'), ...blockBase, answer: pairSchema }).strict(),
	/**
	 * An interactive component placed between pairs (the calculator beside the text about the
	 * Cancellation Rate). It carries no text of its own: its strings are UI strings in i18n.
	 */
	z.object({ kind: z.literal('embed'), id: idSchema, component: z.enum(EMBED_COMPONENTS) }).strict(),
	/** A pair too wide for two columns (a GFM table): its languages always stack. */
	z.object({ kind: z.literal('table'), ...blockBase }).strict(),
	termSchema,
]);

export type Block = z.infer<typeof blockSchema>;
/** A block with text in both languages: every kind but `embed`. */
export type TextBlock = Exclude<Block, { kind: 'embed' }>;

export function isTextBlock(block: Block): block is TextBlock {
	return block.kind !== 'embed';
}

/** The anchors a block puts on the page: a pair has one per passage, an embed only its own. */
export function blockAnchors(block: Block): string[] {
	return isTextBlock(block) ? [block.id, passageId(block.id, 'zh'), passageId(block.id, 'en')] : [block.id];
}

/**
 * An aligned document: its blocks and, for a published article, the id of the source it is
 * published from (the reference pages cite a source per fact instead).
 */
export const alignedDocSchema = z
	.object({
		source: idSchema.optional(),
		/**
		 * For a document whose passages are Amazon's text: the page of src/lib/source-pages.ts the text
		 * was read on (its address as read), which each "Amazon's text" label links.
		 */
		amazonPage: z.string().regex(/^[a-z0-9.-]+$/).optional(),
		/** Whose words the passages are unless a block says otherwise; this site's by default. */
		provenance: provenancePairSchema.prefault('site'),
		blocks: z.array(z.preprocess((b) => withDefaultKind(b), blockSchema)).min(1),
	})
	.strict()
	.superRefine((doc, ctx) => {
		const seen = new Set<string>();
		for (const [i, block] of doc.blocks.entries()) {
			for (const id of blockAnchors(block)) {
				if (seen.has(id)) {
					ctx.addIssue({ code: 'custom', path: ['blocks', i, 'id'], message: `duplicate id "${id}"` });
				}
				seen.add(id);
			}
		}
	});

export type AlignedDoc = z.infer<typeof alignedDocSchema>;

/** Whose words each passage of a block is. */
export function provenanceOf(doc: Pick<AlignedDoc, 'provenance'>, block: { provenance?: ProvenancePair }): ProvenancePair {
	return block.provenance ?? doc.provenance;
}

/** The article a document comes from, with what its attribution must show. */
export const sourceSchema = z
	.object({
		file: z.string(),
		title: pairSchema,
		author: z.string(),
		published: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
		origin: pairSchema,
		originalText: pairSchema,
		/** Title of the original the `originalText` line introduces, in its own language. */
		originalTitle: z.string(),
		disclaimer: pairSchema,
	})
	.strict();

export type Source = z.infer<typeof sourceSchema>;

function withDefaultKind(block: unknown): unknown {
	if (block && typeof block === 'object' && !('kind' in block)) return { ...block, kind: 'paragraph' };
	return block;
}

export interface TocHeading {
	depth: number;
	slug: string;
	text: string;
}

/**
 * Headings of a document for the table of contents, in the page's language. `resolve` turns
 * placeholders into text (see placeholders.ts), kept out of here so this module stays data-free.
 */
export function tocHeadings(doc: AlignedDoc, pageLang: Lang, resolve: (text: string) => string = (t) => t): TocHeading[] {
	return doc.blocks.flatMap((b) =>
		b.kind === 'heading' ? [{ depth: b.level, slug: b.id, text: plainText(resolve(b[pageLang])) }] : [],
	);
}

/** Groups consecutive list items into one list and consecutive terms into one glossary table. */
export type BlockGroup =
	| { type: 'list'; items: TextBlock[] }
	| { type: 'glossary'; items: TermBlock[] }
	| { type: 'block'; block: Block };

export function groupBlocks(blocks: Block[]): BlockGroup[] {
	const groups: BlockGroup[] = [];
	for (const block of blocks) {
		const last = groups.at(-1);
		if (block.kind === 'item') {
			if (last?.type === 'list') last.items.push(block);
			else groups.push({ type: 'list', items: [block] });
		} else if (block.kind === 'term') {
			if (last?.type === 'glossary') last.items.push(block);
			else groups.push({ type: 'glossary', items: [block] });
		} else {
			groups.push({ type: 'block', block });
		}
	}
	return groups;
}

import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { getAlignedDoc } from './astro-content/entries';
import { tocHeadings, toLang } from './lib/aligned';
import { resolvePlaceholders } from './lib/placeholders';

type TocItem = NonNullable<StarlightRouteData['toc']>['items'][number];

/**
 * Aligned pages render their headings from data, so Astro never sees them as Markdown headings;
 * this puts them into Starlight's table of contents, in the page's language.
 */
export const onRequest = defineRouteMiddleware(async ({ locals }) => {
	const route = locals.starlightRoute;
	const name = route.entry.data.aligned;
	if (!name || !route.toc) return;
	const doc = await getAlignedDoc(name);
	const lang = toLang(route.lang);
	for (const heading of tocHeadings(doc, lang, (text) => resolvePlaceholders(text, lang, 'plain'))) {
		if (heading.depth < route.toc.minHeadingLevel || heading.depth > route.toc.maxHeadingLevel) continue;
		inject(route.toc.items, { ...heading, children: [] });
	}
});

/** Nests an entry under the last shallower one, as Starlight's own table of contents does. */
function inject(items: TocItem[], item: TocItem): void {
	const last = items.at(-1);
	if (!last || last.depth >= item.depth) items.push(item);
	else inject(last.children, item);
}

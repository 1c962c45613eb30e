/**
 * The marketplace a reader picks on the Cancellation Rate by marketplace page, remembered like the
 * reading mode (src/lib/reading-mode.ts): in localStorage, and in `data-marketplace` on `<html>`
 * so CSS alone shows the picked column. The calculator reads the same choice to set its target.
 * Small and free of the claims on purpose: the calculator's script imports it.
 */
import type { Marketplace } from './source-pages';

/** The marketplaces compared, in the table's order. */
export const COMPARED_MARKETPLACES = ['US', 'CA', 'UK', 'IT', 'AU', 'AE', 'IN', 'JP'] as const satisfies readonly Marketplace[];
export type ComparedMarketplace = (typeof COMPARED_MARKETPLACES)[number];
export const MARKETPLACE_STORAGE_KEY = 'kb:marketplace';

export function isComparedMarketplace(value: unknown): value is ComparedMarketplace {
	return typeof value === 'string' && (COMPARED_MARKETPLACES as readonly string[]).includes(value);
}

/**
 * The calculator's target for each marketplace whose page this site read a target on: India's
 * page says under 2%, the Canada, UK, Italy and Australia pages under 2.5%. The others' pages
 * (as read) state none, so the calculator says so instead of guessing. A unit test holds this to
 * the quotes in the comparison (src/lib/marketplace-rules.ts).
 */
export const MARKETPLACE_TARGETS: Partial<Record<ComparedMarketplace, 'default' | 'in'>> = {
	CA: 'default',
	UK: 'default',
	IT: 'default',
	AU: 'default',
	IN: 'in',
};

/** The stored choice, or undefined (none, storage blocked, or a value this build does not know). */
export function storedMarketplace(storage: Pick<Storage, 'getItem'> | undefined): ComparedMarketplace | undefined {
	try {
		const value = storage?.getItem(MARKETPLACE_STORAGE_KEY);
		return isComparedMarketplace(value) ? value : undefined;
	} catch {
		return undefined;
	}
}

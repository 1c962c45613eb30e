import { getCollection } from 'astro:content';
import type { TermEntry } from '../lib/terminology';

/** The terminology list (src/content/terms.yaml), in file order. */
export async function getEntries(): Promise<TermEntry[]> {
	return (await getCollection('terms')).map((e) => e.data);
}

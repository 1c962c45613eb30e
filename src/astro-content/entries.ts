import { getEntry } from 'astro:content';
import type { AlignedDoc, Source } from '../lib/aligned';

/** An aligned document by id; a page naming one that does not exist fails the build. */
export async function getAlignedDoc(name: string): Promise<AlignedDoc> {
	const entry = await getEntry('aligned', name);
	if (!entry) throw new Error(`No aligned document "${name}" in src/content/aligned/`);
	return entry.data;
}

export async function getSource(name: string): Promise<Source> {
	const entry = await getEntry('sources', name);
	if (!entry) throw new Error(`No source "${name}" in src/content/sources/`);
	return entry.data;
}

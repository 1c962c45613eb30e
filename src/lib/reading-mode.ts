/**
 * Reading modes of aligned documents. The mode lives in `data-reading-mode` on `<html>`, so CSS
 * alone lays out every pair; no attribute means the default, side by side.
 */
export const READING_MODES = ['side', 'interleaved', 'zh', 'en'] as const;
export type ReadingMode = (typeof READING_MODES)[number];
export const DEFAULT_READING_MODE: ReadingMode = 'side';
export const READING_MODE_STORAGE_KEY = 'kb:reading-mode';

export function isReadingMode(value: unknown): value is ReadingMode {
	return typeof value === 'string' && (READING_MODES as readonly string[]).includes(value);
}

/**
 * Inlined in every page's <head> so the stored mode applies before the first paint: without it
 * the page would flash the default layout and then jump. `data-js` reveals controls that need
 * scripting.
 */
export const readingModeHeadScript = `document.documentElement.dataset.js='';try{var m=localStorage.getItem(${JSON.stringify(
	READING_MODE_STORAGE_KEY,
)});if(${JSON.stringify(READING_MODES)}.indexOf(m)>=0)document.documentElement.dataset.readingMode=m}catch(e){}`;

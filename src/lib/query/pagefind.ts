/** The part of Pagefind's JS API (`pagefind.js` of a build) the query layer uses, and its data. */
export interface PagefindApi {
	search(term: string | null, options?: object): Promise<{ results: { id: string; score: number; data(): Promise<PageData> }[] }>;
}

export interface SubResultData {
	url: string;
	title: string;
	excerpt: string;
	locations: number[];
	weighted_locations?: { weight: number; balanced_score: number; location: number }[];
	anchor?: { id: string; element?: string; location?: number };
}

export interface PageData {
	url: string;
	meta: Record<string, string | undefined>;
	anchors?: { id: string; element?: string; title?: string; text?: string; location: number }[];
	word_count?: number;
	sub_results: SubResultData[];
}

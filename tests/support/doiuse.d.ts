/** doiuse ships no types its package exports name: what tests/build/browser-support.test.ts uses of it. */
declare module 'doiuse' {
	import type { PluginCreator } from 'postcss';
	interface Usage {
		feature: string;
		message: string;
		featureData: { title: string; missing?: string; partial?: string };
	}
	const doiuse: PluginCreator<{ browsers: string[]; ignore?: string[]; onFeatureUsage?: (usage: Usage) => void }>;
	export default doiuse;
}

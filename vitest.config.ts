import { defineConfig } from 'vitest/config';
import { BrowserTestsFirst } from './tests/setup/sequencer.ts';

/**
 * Three kinds of test, each in its own folder: `unit` runs pure code from src/lib, `build` reads
 * the built site in dist/ (and dist-kb/, built under BASE_PATH=/kb/), `e2e` drives Chromium
 * against the built site. `npm test` builds first.
 */
export default defineConfig({
	test: {
		globalSetup: ['tests/setup/global.ts'],
		// Both cores: two test files at a time, beside each other and beside `astro check`. Three at a
		// time was slower: the run is CPU-bound (docs/benchmarks.md, "Test suite").
		maxWorkers: 2,
		sequence: { sequencer: BrowserTestsFirst },
		// `isolate: false` (each project): a worker keeps the modules it has loaded (vite's transform,
		// playwright, the hast parsers, axe) from one test file to the next instead of loading them
		// again for each file, which took a fifth of the unit and build time, and the browser files it
		// runs share its Chromium (borrowBrowser in tests/support/browser.ts). Every test file keeps
		// its own state in its own module; the support modules hold none that a file changes but that
		// Chromium. One browser for the whole run (launchServer + connect) was tried before: playwright
		// then treats the browser as remote, uploading every chosen file over its socket (the 1 GB
		// sparse file of the import tests) and keeping downloads remote.
		projects: [
			// vitest's default timeout of 5 s is a hang guard, not a budget, and both of these projects
			// run beside Chromium on a shared two-core machine whose speed drifts: the build tests parse
			// every page of two builds, and the longest property test of the unit tests takes 2 s alone.
			{ test: { name: 'unit', isolate: false, include: ['tests/unit/**/*.test.ts'], setupFiles: ['tests/setup/fast-check-seed.ts'], testTimeout: 30_000 } },
			{ test: { name: 'build', isolate: false, include: ['tests/build/**/*.test.ts'], testTimeout: 60_000 } },
			{
				test: {
					name: 'e2e',
					isolate: false,
					include: ['tests/e2e/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});

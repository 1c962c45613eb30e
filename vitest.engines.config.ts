import { defineConfig } from 'vitest/config';

/**
 * `npm run test:engines`: the reader's flows in Chromium, Firefox and WebKit (tests/engines/), one
 * file per engine, two engines at a time. Apart from `npm test`, which they would push past three
 * minutes on this two-core machine; CI runs both (.ci/run). Needs the root build (`npm run build`).
 */
export default defineConfig({
	test: {
		include: ['tests/engines/**/*.test.ts'],
		maxWorkers: 2,
		// Each browser is started once per file and its tests share its one page.
		isolate: false,
		// A hang guard, not a budget: Firefox alone takes 10 s to start on this machine.
		testTimeout: 90_000,
		hookTimeout: 120_000,
	},
});

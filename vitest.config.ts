import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, each in its own folder: `unit` runs pure code from src/lib, `build` reads
 * the built site in dist/ (and dist-kb/, built under BASE_PATH=/kb/), `e2e` drives Chromium
 * against the built site. `npm test` builds first.
 */
export default defineConfig({
	test: {
		globalSetup: ['tests/setup/global.ts'],
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], setupFiles: ['tests/setup/fast-check-seed.ts'] } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// One Chromium at a time: these machines have two cores.
					fileParallelism: false,
				},
			},
		],
	},
});

// @ts-check
/**
 * The project runs on the Node that `npm ci` puts in node_modules (the npm package `node`, pinned in
 * package.json), not on the machine's: Astro 7 needs Node ≥ 22.23.4 and the machines ship Node 20,
 * past its end of life. npm puts node_modules/.bin first on PATH for its scripts, so every
 * `npm run …` finds that Node. It is missing when the install ran without scripts
 * (`--ignore-scripts`, or `ignore-scripts=true` in an .npmrc) or a command is run outside npm; then
 * the machine's Node would run the scripts without a word. Each script checks first and stops
 * with what to do instead.
 */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The Node version the project pins (the `node` package's exact version). */
export const PINNED_NODE = /** @type {string} */ (pkg.dependencies.node);

/**
 * Why `version` is not the Node the project runs on, or undefined when it is.
 * @param {string} version e.g. process.versions.node
 */
export function wrongNode(version) {
	if (version === PINNED_NODE) return undefined;
	return [
		`This project runs on Node ${PINNED_NODE}, which \`npm ci\` installs into node_modules, but Node ${version} is running it.`,
		'Run it through npm (`npm start`, `npm test`, `npm run …`), after an `npm ci` that was allowed to run install scripts',
		'(not `--ignore-scripts`, no `ignore-scripts=true` in an .npmrc): the `node` package installs its binary in one.',
		'Check with `npm exec -- node --version`.',
	].join('\n');
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
	const problem = wrongNode(process.versions.node);
	if (problem) {
		console.error(problem);
		process.exit(1);
	}
}

/**
 * One fast-check seed per run, chosen in the main process (tests/setup/global.ts) and used by every
 * property in every file, so a failure found by chance can be run again: the seed is printed at
 * the start of the run and in every failure message (fast-check adds `{ seed, path }` to it).
 * `FC_SEED=<n> npx vitest run` replays a run.
 */
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got "${process.env.FC_SEED}"`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });

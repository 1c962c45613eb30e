/**
 * Runs once in vitest's main process, before any worker starts: the workers inherit FC_SEED
 * (see tests/setup/fast-check-seed.ts).
 */
export default function setup() {
	process.env.FC_SEED ??= String((Math.random() * 2 ** 31) | 0);
	console.log(`fast-check seed ${process.env.FC_SEED} (replay with FC_SEED=${process.env.FC_SEED})`);
}
